namespace HybridCoach.Cli.Output;

/// <summary>`coach journal list --json`: oldest first.</summary>
public sealed record JournalListJson(int Count, IReadOnlyList<JournalEntryJson> Entries);
