using Dapper;
using HybridCoach.Application.Restrictions;
using HybridCoach.Domain.Restrictions;

namespace HybridCoach.Storage.Sqlite;

/// <summary>The coach's holds on the athlete, in their SQLite file. A hold is never deleted: lifting records who, why and from which day.</summary>
public sealed class SqliteHoldStore(string databasePath, TimeProvider? clock = null, SharedSqliteConnection? shared = null) : SqliteStore(databasePath, clock, shared), IHoldStore
{
    private const string Columns =
        "id, kind, starts_on, until, max_weekly_km, reason, placed_by, placed_at_utc, lifted_by, lift_reason, lifted_on, lifted_at_utc";

    private const string Insert = """
        INSERT INTO coach_holds (kind, starts_on, until, max_weekly_km, reason, placed_by, placed_at_utc)
        VALUES (@Kind, @StartsOn, @Until, @MaxWeeklyKm, @Reason, @PlacedBy, @PlacedAtUtc)
        RETURNING id;
        """;

    private const string Lift = """
        UPDATE coach_holds SET lifted_by = @LiftedBy, lift_reason = @LiftReason, lifted_on = @LiftedOn, lifted_at_utc = @LiftedAtUtc
        WHERE id = @Id AND lifted_on IS NULL;
        """;

    public Task<long> AddAsync(StoredHold hold, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hold);
        var h = hold.Hold;
        return Locked(() => Connection.ExecuteScalarAsync<long>(Insert, new
        {
            Kind = HoldKinds.ToId(h.Kind), StartsOn = CoachingCodes.Date(h.From), Until = h.Until is { } u ? CoachingCodes.Date(u) : null, h.MaxWeeklyKm,
            h.Reason, hold.PlacedBy, PlacedAtUtc = CoachingCodes.Time(hold.PlacedAtUtc),
        }), cancellationToken);
    }

    public Task<bool> LiftAsync(long id, string liftedBy, string reason, DateOnly liftedOn, DateTimeOffset liftedAtUtc, CancellationToken cancellationToken = default) =>
        Locked(async () => await Connection.ExecuteAsync(Lift, new
        {
            Id = id, LiftedBy = liftedBy, LiftReason = reason, LiftedOn = CoachingCodes.Date(liftedOn), LiftedAtUtc = CoachingCodes.Time(liftedAtUtc),
        }) == 1, cancellationToken);

    public Task<StoredHold?> GetAsync(long id, CancellationToken cancellationToken = default) => Locked(async () =>
        await Connection.QuerySingleOrDefaultAsync<HoldRow>($"SELECT {Columns} FROM coach_holds WHERE id = @id;", new { id }) is { } row ? Map(row) : null,
        cancellationToken);

    public Task<IReadOnlyList<StoredHold>> ListAsync(CancellationToken cancellationToken = default) => Locked(async () =>
        (IReadOnlyList<StoredHold>)[.. (await Connection.QueryAsync<HoldRow>($"SELECT {Columns} FROM coach_holds ORDER BY id;")).Select(Map)],
        cancellationToken);

    private static StoredHold Map(HoldRow r) => new(r.Id,
        new CoachHold(StoredHold.Ref(r.Id), HoldKinds.ParseHold(r.Kind, "coach_holds.kind"), CoachingCodes.ParseDate(r.StartsOn),
            r.Until is null ? null : CoachingCodes.ParseDate(r.Until), r.MaxWeeklyKm, r.Reason),
        r.PlacedBy, CoachingCodes.ParseTime(r.PlacedAtUtc), r.LiftedBy, r.LiftReason,
        r.LiftedOn is null ? null : CoachingCodes.ParseDate(r.LiftedOn), CoachingCodes.ParseTimeOrNull(r.LiftedAtUtc));
}
