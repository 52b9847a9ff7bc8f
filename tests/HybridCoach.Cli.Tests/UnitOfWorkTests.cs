using Microsoft.Data.Sqlite;
using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// Writes that span stores commit together (issue 16 item 1): the day's decision and the session change it makes,
/// a day's signals and the alert they raise, an activity's note and its alert, a check-in and its alert, an accepted
/// adjustment's plan version and its status. A trigger refuses the second write; nothing of the first may remain, and
/// once the trigger is gone the same command writes both. Over `coach demo` and a generated plan (Sunday 2026-05-24 is
/// a long run).
/// </summary>
public sealed class UnitOfWorkTests : IDisposable
{
    private const string LongRunDay = "2026-05-24";
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private string Database => Path.Combine(_directory.Path, "hybridcoach.db");

    private Task<CliRun> RunAsync(params string[] args) => CliRun.RunAsync(["--data-dir", _directory.Path, .. args]);

    private async Task PlannedSeasonAsync()
    {
        Assert.Equal(0, (await RunAsync("demo", "--date", "2026-05-20", "--months", "2")).ExitCode);
        Assert.Equal(0, (await RunAsync("--date", "2026-05-20", "plan", "generate")).ExitCode);
    }

    [Fact]
    public async Task Today_SessionChangeRefused_NoDecisionOnFile_ThenBothWritten()
    {
        await PlannedSeasonAsync();
        Assert.Equal(0, (await RunAsync("signals", "add", "--date", LongRunDay, "--illness", "below-neck")).ExitCode);
        var (decisions, versions, head) = (Count("decisions"), Count("plans"), Head());
        Execute("CREATE TRIGGER refuse_plan BEFORE INSERT ON plans BEGIN SELECT RAISE(ABORT, 'plan versions refused by the test'); END;");

        var error = await Assert.ThrowsAnyAsync<SqliteException>(() => RunAsync("--date", LongRunDay, "today"));

        Assert.Contains("plan versions refused by the test", error.Message, StringComparison.Ordinal);
        Assert.Equal((decisions, versions, head), (Count("decisions"), Count("plans"), Head()));
        Execute("DROP TRIGGER refuse_plan;");
        var today = (await RunAsync("--date", LongRunDay, "today", "--json")).Json();
        Assert.Equal("FULL_REST", today.GetProperty("recommendation").GetString());
        Assert.Equal((decisions + 1, versions + 1), (Count("decisions"), Count("plans")));
        var session = (await RunAsync("--date", LongRunDay, "session", "--json")).Json();
        Assert.Equal("rest", session.GetProperty("session").GetProperty("type").GetString());
        Assert.Equal(0, (await RunAsync("audit", "verify")).ExitCode);
    }

    [Fact]
    public async Task Signals_AlertRefused_PainNotKeptEither_ThenBothWritten()
    {
        await PlannedSeasonAsync();
        const string day = "2026-05-21";
        var (signals, alerts) = (SignalsOn(day), Count("escalations"));
        Execute("CREATE TRIGGER refuse_alert BEFORE INSERT ON escalations BEGIN SELECT RAISE(ABORT, 'alerts refused by the test'); END;");

        var error = await Assert.ThrowsAnyAsync<SqliteException>(() => RunAsync("signals", "add", "--date", day, "--pain-site", "knee"));

        Assert.Contains("alerts refused by the test", error.Message, StringComparison.Ordinal);
        Assert.Equal((signals, alerts), (SignalsOn(day), Count("escalations")));
        Execute("DROP TRIGGER refuse_alert;");
        Assert.Equal(0, (await RunAsync("signals", "add", "--date", day, "--pain-site", "knee")).ExitCode);
        Assert.Equal((1L, alerts + 1), (SignalsOn(day), Count("escalations")));
        Assert.Equal(1L, Scalar($"SELECT COUNT(*) FROM recovery_signals WHERE signal_date = '{day}' AND pain = 1;"));
    }

    [Fact]
    public async Task ActivityNote_AlertRefused_NoteNotKept_ThenBothWritten()
    {
        await PlannedSeasonAsync();
        var id = Scalar("SELECT MAX(id) FROM activities;").ToString(System.Globalization.CultureInfo.InvariantCulture);
        string[] note = ["--date", "2026-05-20", "activity", "note", id, "chest pain on the last hill"];
        var alerts = Count("escalations");
        Execute("CREATE TRIGGER refuse_alert BEFORE INSERT ON escalations BEGIN SELECT RAISE(ABORT, 'alerts refused by the test'); END;");

        await Assert.ThrowsAnyAsync<SqliteException>(() => RunAsync(note));

        Assert.Equal((0L, alerts), (Scalar($"SELECT COUNT(*) FROM activities WHERE id = {id} AND notes IS NOT NULL;"), Count("escalations")));
        Execute("DROP TRIGGER refuse_alert;");
        Assert.Equal(0, (await RunAsync(note)).ExitCode);
        Assert.Equal((1L, alerts + 1), (Scalar($"SELECT COUNT(*) FROM activities WHERE id = {id} AND notes = 'chest pain on the last hill';"), Count("escalations")));
    }

    [Fact]
    public async Task CheckIn_AlertRefused_CheckInNotKept_ThenBothWritten()
    {
        await PlannedSeasonAsync();
        string[] checkIn = ["--date", "2026-05-20", "checkin", "--week", "2026-05-18", "--effort", "5", "--fatigue", "5", "--notes", "I fainted after the intervals"];
        var (checkIns, alerts) = (Count("check_ins"), Count("escalations"));
        Execute("CREATE TRIGGER refuse_alert BEFORE INSERT ON escalations BEGIN SELECT RAISE(ABORT, 'alerts refused by the test'); END;");

        await Assert.ThrowsAnyAsync<SqliteException>(() => RunAsync(checkIn));

        Assert.Equal((checkIns, alerts), (Count("check_ins"), Count("escalations")));
        Execute("DROP TRIGGER refuse_alert;");
        Assert.Equal(0, (await RunAsync(checkIn)).ExitCode);
        Assert.Equal((checkIns + 1, 1L), (Count("check_ins"), Scalar("SELECT COUNT(*) FROM escalations WHERE kind = 'medical_red_flag';")));
    }

    [Fact]
    public async Task AdjustmentAccepted_StatusRefused_NoPlanVersion_ThenBothWritten()
    {
        await PlannedSeasonAsync();
        Assert.Equal(0, (await RunAsync("--date", "2026-05-20", "adjust", LongRunDay, "--reason", "legs heavy")).ExitCode);
        var versions = Count("plans");
        Execute("CREATE TRIGGER refuse_status BEFORE UPDATE ON session_adjustments BEGIN SELECT RAISE(ABORT, 'statuses refused by the test'); END;");

        await Assert.ThrowsAnyAsync<SqliteException>(() => RunAsync("--date", "2026-05-20", "adjust", LongRunDay, "accept"));

        Assert.Equal((versions, "requested"), (Count("plans"), Scalar<string>("SELECT status FROM session_adjustments;")));
        Execute("DROP TRIGGER refuse_status;");
        Assert.Equal(0, (await RunAsync("--date", "2026-05-20", "adjust", LongRunDay, "accept")).ExitCode);
        Assert.Equal((versions + 1, "accepted"), (Count("plans"), Scalar<string>("SELECT status FROM session_adjustments;")));
    }

    private long Count(string table) => Scalar($"SELECT COUNT(*) FROM {table};");

    private long SignalsOn(string day) => Scalar($"SELECT COUNT(*) FROM recovery_signals WHERE signal_date = '{day}';");

    private string Head() => Convert.ToString(Scalar<object>("SELECT COALESCE(MAX(last_hash), '') FROM audit_head WHERE chain = 'decisions';"),
        System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private long Scalar(string sql) => Convert.ToInt64(Scalar<object>(sql), System.Globalization.CultureInfo.InvariantCulture);

    private T Scalar<T>(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }

    private void Execute(string sql) => Scalar<object?>(sql);
}
