namespace HybridCoach.Application.Contracts;

/// <summary>`coach journal list --json`: oldest first.</summary>
public sealed record JournalListJson(int Count, IReadOnlyList<JournalEntryJson> Entries);
