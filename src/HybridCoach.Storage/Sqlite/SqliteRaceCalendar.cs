using Dapper;
using HybridCoach.Application.Races;
using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;

namespace HybridCoach.Storage.Sqlite;

/// <summary>The athlete's race calendar in their SQLite file.</summary>
public sealed class SqliteRaceCalendar(string databasePath, TimeProvider? clock = null, SharedSqliteConnection? shared = null) : SqliteStore(databasePath, clock, shared), IRaceCalendar
{
    public Task<long> AddAsync(RaceEntry race, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(race);
        var row = new RaceRow { RaceDate = AthleteCodes.Date(race.Date), Name = race.Name, DistanceM = race.Distance.Meters, Priority = race.Priority.ToString() };
        return Locked(() => Connection.ExecuteScalarAsync<long>(DecisionSql.InsertRace, row), cancellationToken);
    }

    public Task<IReadOnlyList<StoredRace>> ListAsync(DateOnly? from = null, DateOnly? to = null, CancellationToken cancellationToken = default) => Locked(async () =>
    {
        var range = new { From = SqliteDecisionAuditStore.DateOrNull(from), To = SqliteDecisionAuditStore.DateOrNull(to) };
        var rows = await Connection.QueryAsync<RaceRow>(DecisionSql.SelectRaces, range);
        return (IReadOnlyList<StoredRace>)[.. rows.Select(r => new StoredRace(r.Id,
            new RaceEntry(AthleteCodes.ParseDate(r.RaceDate), r.Name, new Distance(r.DistanceM), Enum.Parse<RacePriority>(r.Priority))))];
    }, cancellationToken);

    public Task<bool> RemoveAsync(long id, CancellationToken cancellationToken = default) => Locked(async () =>
        await Connection.ExecuteAsync("DELETE FROM races WHERE id = @id;", new { id }) == 1, cancellationToken);
}
