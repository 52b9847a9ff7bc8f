using HybridCoach.Application.Coaching;
using HybridCoach.Application.Restrictions;
using HybridCoach.Domain.Restrictions;
using HybridCoach.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Xunit;

namespace HybridCoach.Storage.Tests;

/// <summary>What the athlete's state is read from: flags and their clearances, the coach's holds, activity notes; and the upgrade of a schema-7 file.</summary>
public class AthleteStateStoresTests
{
    private static readonly DateTimeOffset At = new(2026, 5, 20, 19, 45, 30, 125, TimeSpan.Zero);

    private static StoredEscalation Alert(string kind, DateOnly day, string key, string? site = null) =>
        new(0, kind, kind == "missed_key_sessions" ? 3 : 1, day, $"{kind} on {day:yyyy-MM-dd}", ["evidence"], key, EscalationStatus.Open, At, Site: site);

    [Fact]
    public async Task Flags_ClearedFromADay_InForceBeforeItNotFromIt()
    {
        using var db = new TempDatabase();
        using var store = new SqliteEscalationStore(db.Path);
        await store.AddIfNewAsync(Alert("medical_red_flag", new DateOnly(2026, 5, 18), "a"));
        await store.AddIfNewAsync(Alert("pain_flag", new DateOnly(2026, 5, 20), "b", "left_calf"));
        await store.AddIfNewAsync(Alert("missed_key_sessions", new DateOnly(2026, 5, 19), "c"));

        Assert.True(await store.ClearAsync(new StoredClearance(1, "coach", "seen by GP", new DateOnly(2026, 5, 22), At)));
        Assert.False(await store.ClearAsync(new StoredClearance(1, "coach", "again", new DateOnly(2026, 5, 23), At)));
        Assert.False(await store.ClearAsync(new StoredClearance(99, "coach", "no such alert", new DateOnly(2026, 5, 23), At)));

        Assert.Equal([1L], (await store.ListFlagsInForceAsync(new DateOnly(2026, 5, 19))).Select(e => e.Id));
        Assert.Equal([1L, 2L], (await store.ListFlagsInForceAsync(new DateOnly(2026, 5, 21))).Select(e => e.Id));
        var after = Assert.Single(await store.ListFlagsInForceAsync(new DateOnly(2026, 5, 22)));
        Assert.Equal((2L, "left_calf"), (after.Id, after.Site));
        Assert.Equal(1L, Scalar(db, "SELECT COUNT(*) FROM flag_clearances WHERE escalation_id = 1 AND cleared_by = 'coach' AND reason = 'seen by GP' AND cleared_on = '2026-05-22';"));
    }

    [Fact]
    public async Task SessionLocks_AddUnlockList_OpenOnesBackAndTheUnlockRecorded()
    {
        using var db = new TempDatabase();
        using var store = new SqliteSessionLockStore(db.Path);
        Assert.Equal(1L, await store.AddAsync(new StoredSessionLock(0, new DateOnly(2026, 5, 24), "Ana", "long run before the trip", At)));
        Assert.Equal(2L, await store.AddAsync(new StoredSessionLock(0, new DateOnly(2026, 5, 22), "coach", "edited by the coach", At)));
        Assert.True(await store.UnlockAsync(new DateOnly(2026, 5, 24), "Ana", "trip cancelled", At.AddHours(1)));
        Assert.False(await store.UnlockAsync(new DateOnly(2026, 5, 24), "Ana", "twice", At.AddHours(2)));
        var open = Assert.Single(await store.ListOpenAsync());
        Assert.Equal(new StoredSessionLock(2, new DateOnly(2026, 5, 22), "coach", "edited by the coach", At), open);
        Assert.Equal(1L, Scalar(db, "SELECT COUNT(*) FROM session_locks WHERE id = 1 AND unlocked_by = 'Ana' AND unlock_reason = 'trip cancelled' AND unlocked_at_utc IS NOT NULL;"));
    }

    [Fact]
    public async Task Holds_PlaceLiftList_EveryColumnBack()
    {
        using var db = new TempDatabase();
        using var store = new SqliteHoldStore(db.Path);
        var cap = new CoachHold("h?", HoldKind.MaxWeeklyDistance, new DateOnly(2026, 5, 21), new DateOnly(2026, 6, 30), 35.5, "rebuild slowly");
        Assert.Equal(1L, await store.AddAsync(new StoredHold(0, cap, "coach Ana", At)));
        Assert.Equal(2L, await store.AddAsync(new StoredHold(0, new CoachHold("h?", HoldKind.NoRunning, new DateOnly(2026, 5, 21), null, null, "shin"), "coach Ana", At)));

        Assert.True(await store.LiftAsync(2, "coach Ana", "shin fine", new DateOnly(2026, 5, 25), At.AddDays(4)));
        Assert.False(await store.LiftAsync(2, "coach Ana", "twice", new DateOnly(2026, 5, 26), At.AddDays(5)));

        var holds = await store.ListAsync();
        Assert.Equal(("h1", HoldKind.MaxWeeklyDistance, 35.5, new DateOnly(2026, 6, 30), "rebuild slowly", "coach Ana"),
            (holds[0].Hold.Id, holds[0].Hold.Kind, holds[0].Hold.MaxWeeklyKm!.Value, holds[0].Hold.Until!.Value, holds[0].Hold.Reason, holds[0].PlacedBy));
        Assert.Equal(("shin fine", new DateOnly(2026, 5, 25)), (holds[1].LiftReason, holds[1].LiftedOn!.Value));
        Assert.Equal(new DateOnly(2026, 5, 24), holds[1].AsOf(new DateOnly(2026, 5, 26))!.Until);
        Assert.Null(holds[1].Hold.Until);
        Assert.Null(holds[1].AsOf(new DateOnly(2026, 5, 24))!.Until);
    }

    [Fact]
    public async Task ActivityNotes_ByLocalDate()
    {
        using var db = new TempDatabase();
        long late, early;
        using (var activities = SqliteActivityStore.Open(db.Path))
        {
            // 23:30 local at UTC−5 on 2024-05-01 is 04:30 UTC on 2024-05-02: the note belongs to 2024-05-01.
            late = await activities.AddAsync(TestActivities.Simple("late", new DateTimeOffset(2024, 5, 1, 23, 30, 0, TimeSpan.FromHours(-5))));
            early = await activities.AddAsync(TestActivities.Simple("early", new DateTimeOffset(2024, 5, 3, 7, 0, 0, TimeSpan.FromHours(2))));
        }
        using var store = SqliteAthleteStore.Open(db.Path);
        Assert.True(await store.SetActivityNotesAsync(late, "knee hurts"));
        Assert.True(await store.SetActivityNotesAsync(early, "felt great"));
        Assert.False(await store.SetActivityNotesAsync(999, "no such activity"));
        var note = Assert.Single(await store.ListActivityNotesAsync(new DateOnly(2024, 5, 1), new DateOnly(2024, 5, 1)));
        Assert.Equal((new DateOnly(2024, 5, 1), $"activity {late} notes", "knee hurts"), (note.Date, note.Source, note.Text));
    }

    [Fact]
    public async Task Open_SchemaSevenFileWithAnAlert_UpgradesKeepingTheAlertAndItsKey()
    {
        using var db = new TempDatabase();
        using (var store = new SqliteEscalationStore(db.Path))
            await store.AddIfNewAsync(Alert("pain_flag", new DateOnly(2026, 5, 20), "old-key"));
        using (var connection = new SqliteConnection($"Data Source={db.Path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "ALTER TABLE athlete_profile DROP COLUMN time_zone; DROP TABLE flag_clearances; DROP TABLE coach_holds; ALTER TABLE activities DROP COLUMN notes; ALTER TABLE escalations DROP COLUMN site; DROP TABLE session_locks; DROP TABLE activity_deletions; ALTER TABLE activities DROP COLUMN deleted_at_utc; DROP TABLE audit_head; ALTER TABLE decisions DROP COLUMN prev_hash; ALTER TABLE decisions DROP COLUMN record_hash; ALTER TABLE narrations DROP COLUMN prev_hash; ALTER TABLE narrations DROP COLUMN record_hash; DELETE FROM schema_version WHERE version >= 8;";
            command.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
        using var upgraded = new SqliteEscalationStore(db.Path);
        var flag = Assert.Single(await upgraded.ListFlagsInForceAsync(new DateOnly(2026, 5, 21)));
        Assert.Equal(("old-key", (string?)null), (flag.DedupKey, flag.Site));
        Assert.Null(await upgraded.AddIfNewAsync(Alert("pain_flag", new DateOnly(2026, 5, 20), "old-key")));
    }

    private static long Scalar(TempDatabase db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
