using Xunit;

namespace HybridCoach.Cli.Tests;

public class DemoCommandTests
{
    [Fact]
    public async Task Demo_WithJson_ImportsEveryGeneratedFileAndReportsWeeklyVolume()
    {
        using var data = new TempDirectory();

        var run = await CliRun.RunAsync("demo", "--data-dir", data.Path, "--date", "2026-05-20", "--months", "2", "--json");

        Assert.Equal(0, run.ExitCode);
        var json = run.Json();
        var import = json.GetProperty("import");
        var total = import.GetProperty("total").GetInt32();
        Assert.InRange(total, 35, 60);
        Assert.Equal(total, import.GetProperty("imported").GetInt32());
        Assert.Equal(0, import.GetProperty("failed").GetInt32());
        var weeks = json.GetProperty("weeks").EnumerateArray().ToArray();
        Assert.InRange(weeks.Length, 8, 10);
        Assert.All(weeks.SkipLast(1), w => Assert.InRange(w.GetProperty("run_distance_m").GetDouble(), 20_000, 90_000));
    }

    [Fact]
    public async Task Demo_RunTwiceIntoTheSameDataDir_StoresNothingTwice()
    {
        using var data = new TempDirectory();
        await CliRun.RunAsync("demo", "--data-dir", data.Path, "--date", "2026-05-20", "--months", "1", "--json");

        var second = (await CliRun.RunAsync("demo", "--data-dir", data.Path, "--date", "2026-05-20", "--months", "1", "--json")).Json().GetProperty("import");

        Assert.Equal(0, second.GetProperty("imported").GetInt32());
        Assert.Equal(second.GetProperty("total").GetInt32(), second.GetProperty("duplicates").GetInt32());
    }

    // The demo runner is a whole athlete: profile (threshold 4:22/km, LTHR 171, calf history), 14 mornings of signals, a past
    // 10K and a goal half marathon; the demo ends with today's call, recorded in the audit trail like `coach today`.
    [Fact]
    public async Task Demo_SeedsTheAthleteAndEndsWithTodaysAuditedCall()
    {
        using var data = new TempDirectory();

        var demo = (await CliRun.RunAsync("demo", "--data-dir", data.Path, "--date", "2026-05-20", "--months", "2", "--json")).Json();
        var athlete = (await CliRun.RunAsync("athlete", "show", "--data-dir", data.Path, "--json")).Json();
        var signals = (await CliRun.RunAsync("signals", "list", "--data-dir", data.Path, "--date", "2026-05-20", "--json")).Json();
        var races = (await CliRun.RunAsync("race", "list", "--data-dir", data.Path, "--json")).Json();
        var audit = (await CliRun.RunAsync("audit", "list", "--data-dir", data.Path, "--json")).Json();

        var profile = athlete;
        Assert.Equal(("Demo Runner", 171, 262.0), (profile.GetProperty("name").GetString(), profile.GetProperty("lthr_bpm").GetInt32(),
            profile.GetProperty("threshold_pace_s_per_km").GetDouble()));
        Assert.Equal("calf", profile.GetProperty("injuries").EnumerateArray().Single().GetProperty("site").GetString());
        Assert.Equal(14, signals.GetProperty("days").GetArrayLength());
        Assert.Equal([("2026-05-10", "B"), ("2026-08-09", "A")], races.GetProperty("races").EnumerateArray()
            .Select(r => (r.GetProperty("date").GetString(), r.GetProperty("priority").GetString())));
        var today = demo.GetProperty("today");
        Assert.Equal("2026-05-20", today.GetProperty("date").GetString());
        Assert.Equal(25, today.GetProperty("guardrails").GetArrayLength());
        var record = Assert.Single(audit.GetProperty("decisions").EnumerateArray());
        Assert.Equal((today.GetProperty("audit_id").GetInt64(), today.GetProperty("recommendation").GetString()),
            (record.GetProperty("id").GetInt64(), record.GetProperty("recommendation").GetString()));
    }
}
