namespace HybridCoach.Application.Inbox;

/// <summary>The athletes of a data directory as the coach's inbox sees them: their names and, per athlete, the proposal and escalation stores.</summary>
public interface ICoachedAthletes
{
    /// <summary>Every athlete that has a database, the default one first (as `coach athletes`).</summary>
    IReadOnlyList<string> List();

    /// <summary>Opens one athlete's inbox stores; dispose them when done.</summary>
    AthleteInboxStores Open(string athlete);
}
