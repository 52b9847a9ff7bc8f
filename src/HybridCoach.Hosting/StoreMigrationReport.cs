namespace HybridCoach.Hosting;

/// <summary>How many athletes' stores are at the current schema, and each one that could not be opened, with why.</summary>
public sealed record StoreMigrationReport(int Migrated, IReadOnlyList<string> Failed);
