using Dapper;
using HybridCoach.Domain.Oversight;
using HybridCoach.Application.Athletes;
using HybridCoach.Domain.Athletes;

namespace HybridCoach.Storage.Sqlite;

/// <summary>
/// The athlete's profile, injuries, recovery signals and session RPEs in the same SQLite file as their
/// activities. On the scope's shared connection when given one (<see cref="SharedSqliteConnection"/>), so a day's
/// signals and the alert they raise can commit together in a unit of work (<see cref="SqliteUnitOfWork"/>) and the
/// alert rules read the signals just written; else on its own connection (WAL lets it sit beside the activity store's).
/// Each write is one transaction.
/// </summary>
public sealed class SqliteAthleteStore(string databasePath, TimeProvider? clock = null, SharedSqliteConnection? shared = null)
    : SqliteStore(databasePath, clock, shared), IAthleteStore
{
    /// <summary>Opens (creating when absent) the database file and applies pending migrations.</summary>
    public static SqliteAthleteStore Open(string databasePath, TimeProvider? clock = null) => new(databasePath, clock);

    public Task<AthleteProfile?> GetProfileAsync(CancellationToken cancellationToken = default) => Locked(async () =>
    {
        var row = await Connection.QuerySingleOrDefaultAsync<ProfileRow>(AthleteSql.SelectProfile);
        if (row is null) return null;
        var injuries = await Connection.QueryAsync<InjuryRow>(AthleteSql.SelectInjuries);
        return AthleteMapper.ToProfile(row, injuries);
    }, cancellationToken);

    public Task SaveProfileAsync(AthleteProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Locked(async () =>
        {
            await using var write = WriteTransaction.Begin(Connection);
            var transaction = write.Transaction;
            await Connection.ExecuteAsync(AthleteSql.UpsertProfile, AthleteMapper.ToRow(profile), transaction);
            await Connection.ExecuteAsync("DELETE FROM injuries;", transaction: transaction);
            await Connection.ExecuteAsync(AthleteSql.InsertInjury, profile.Injuries.Select(AthleteMapper.ToRow), transaction);
            await write.CommitAsync(cancellationToken);
            return true;
        }, cancellationToken);
    }

    public Task SaveSignalsAsync(RecoverySignals signals, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signals);
        return Locked(async () =>
        {
            var date = AthleteCodes.Date(signals.Date);
            await using var write = WriteTransaction.Begin(Connection);
            var transaction = write.Transaction;
            // Deleting the day first also removes its per-site soreness (ON DELETE CASCADE): replace, never merge.
            await Connection.ExecuteAsync("DELETE FROM recovery_signals WHERE signal_date = @date;", new { date }, transaction);
            await Connection.ExecuteAsync(AthleteSql.InsertSignals, AthleteMapper.ToRow(signals), transaction);
            await Connection.ExecuteAsync(AthleteSql.InsertSiteSoreness,
                signals.SorenessBySite.Select(s => new SiteSorenessRow { SignalDate = date, Site = s.Key, Soreness = s.Value }), transaction);
            await write.CommitAsync(cancellationToken);
            return true;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<RecoverySignals>> ListSignalsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) => Locked(async () =>
    {
        var range = new { From = AthleteCodes.Date(from), To = AthleteCodes.Date(to) };
        var rows = await Connection.QueryAsync<SignalRow>(AthleteSql.SelectSignals, range);
        var sites = (await Connection.QueryAsync<SiteSorenessRow>(AthleteSql.SelectSiteSoreness, range))
            .ToLookup(s => s.SignalDate);
        return (IReadOnlyList<RecoverySignals>)[.. rows.Select(r => AthleteMapper.ToSignals(r, sites[r.SignalDate]))];
    }, cancellationToken);

    // The activity's stored loads go with the old RPE (its srpe was derived from it); they are computed again when next needed.
    public Task<bool> SetActivityRpeAsync(long activityId, int? rpe, CancellationToken cancellationToken = default) => Locked(async () =>
    {
        await using var write = WriteTransaction.Begin(Connection);
            var transaction = write.Transaction;
        var updated = await Connection.ExecuteAsync("UPDATE activities SET rpe = @rpe WHERE id = @activityId;", new { rpe, activityId }, transaction) == 1;
        await Connection.ExecuteAsync(SqliteActivityLoadStore.DeleteForActivity, new { activityId }, transaction);
        await write.CommitAsync(cancellationToken);
        return updated;
    }, cancellationToken);

    public Task<bool> SetActivityNotesAsync(long activityId, string? notes, CancellationToken cancellationToken = default) => Locked(async () =>
        await Connection.ExecuteAsync("UPDATE activities SET notes = @notes WHERE id = @activityId;", new { notes, activityId }) == 1, cancellationToken);

    // A day either side of the UTC range covers every local date (offsets are within ±14 h); the local date is then exact.
    public Task<IReadOnlyList<DatedNote>> ListActivityNotesAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) => Locked(async () =>
    {
        var rows = await Connection.QueryAsync<ActivityNoteRow>(
            "SELECT id, start_time_utc, utc_offset_min, notes FROM activities WHERE notes IS NOT NULL AND deleted_at_utc IS NULL AND start_time_utc >= @From AND start_time_utc < @To ORDER BY start_time_utc, id;",
            new { From = AthleteCodes.Date(from.AddDays(-1)), To = AthleteCodes.Date(to.AddDays(2)) });
        return (IReadOnlyList<DatedNote>)[.. rows
            .Select(r => new DatedNote(DateOnly.FromDateTime(SqliteDialect.Instance.FromDbTime(r.StartTimeUtc).ToOffset(TimeSpan.FromMinutes(r.UtcOffsetMin)).DateTime),
                $"activity {r.Id} notes", r.Notes))
            .Where(n => n.Date >= from && n.Date <= to)];
    }, cancellationToken);
}
