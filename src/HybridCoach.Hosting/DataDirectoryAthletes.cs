using HybridCoach.Application.Inbox;
using HybridCoach.Storage.Sqlite;

namespace HybridCoach.Hosting;

/// <summary>
/// The coach's athletes in a data directory (<see cref="AthleteDatabases.List"/>, as `coach athletes`): only those
/// whose database exists, so reading the inbox never creates an empty athlete.
/// </summary>
public sealed class DataDirectoryAthletes(DataDirectoryLocation location, TimeProvider clock) : ICoachedAthletes
{
    public IReadOnlyList<string> List() =>
        [.. AthleteDatabases.List(location.Path).Where(a => File.Exists(a.DatabasePath)).Select(a => a.Slug)];

    public AthleteInboxStores Open(string athlete)
    {
        var path = AthleteDatabases.DatabasePath(location.Path, athlete);
        var shared = SharedSqliteConnection.Open(path, clock);
        var proposals = new SqliteProposalStore(path, clock, shared);
        var escalations = new SqliteEscalationStore(path, clock, shared);
        var narrations = new SqliteNarrationAudit(path, clock, shared);
        return new AthleteInboxStores(proposals, escalations, new All([proposals, escalations, narrations, shared]), narrations);
    }

    private sealed class All(IReadOnlyList<IDisposable> owned) : IDisposable
    {
        public void Dispose()
        {
            foreach (var d in owned) d.Dispose();
        }
    }
}
