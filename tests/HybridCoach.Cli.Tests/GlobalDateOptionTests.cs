using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// The global --date: one option for every command (before or after the command name); read commands ignore
/// data after it, writing commands date their entries with it, and a bad date is one clear error line.
/// </summary>
public class GlobalDateOptionTests
{
    private static async Task<long> AddRunAsync(string dataDir, string date, params string[] extra) =>
        (await CliRun.RunAsync(["activity", "add", "--date", date, "--distance", "10km", "--duration", "50:00", "--data-dir", dataDir, "--json", .. extra]))
            .Json().GetProperty("activity_id").GetInt64();

    [Fact]
    public async Task ActivityShow_ActivityAfterTheDate_RefusedNamingTheIdAndTheDates()
    {
        using var data = new TempDirectory();
        await AddRunAsync(data.Path, "2026-11-01");
        var later = await AddRunAsync(data.Path, "2026-11-05");

        var run = await CliRun.RunAsync("activity", "show", later.ToString(), "--date", "2026-11-03", "--data-dir", data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"coach: activity {later}: starts 2026-11-05, after the as-of date 2026-11-03 (--date)", Assert.Single(run.StderrLines));
    }

    [Fact]
    public async Task ActivityShow_ActivityOnTheDate_SameBeforeAndAfterALaterRun()
    {
        using var data = new TempDirectory();
        var id = await AddRunAsync(data.Path, "2026-11-03", "--rpe", "6");
        string[] show = ["activity", "show", id.ToString(), "--date", "2026-11-03", "--data-dir", data.Path, "--json"];

        var before = await CliRun.RunAsync(show);
        await AddRunAsync(data.Path, "2026-11-04");
        var after = await CliRun.RunAsync(show);

        Assert.Equal(0, before.ExitCode);
        Assert.Equal(before.Stdout, after.Stdout);
        Assert.Equal(10_000, after.Json().GetProperty("activity").GetProperty("distance_m").GetDouble());
    }

    [Fact]
    public async Task SignalsList_LaterSignals_SameDaysUpToTheDateEvenWithALaterTo()
    {
        using var data = new TempDirectory();
        foreach (var day in new[] { "2026-10-30", "2026-11-03" })
            await CliRun.RunAsync("signals", "add", "--date", day, "--motivation", "4", "--data-dir", data.Path);
        string[] list = ["signals", "list", "--date", "2026-11-03", "--data-dir", data.Path, "--json"];

        var before = await CliRun.RunAsync(list);
        foreach (var day in new[] { "2026-11-04", "2026-11-10" })
            await CliRun.RunAsync("signals", "add", "--date", day, "--motivation", "2", "--data-dir", data.Path);
        var after = await CliRun.RunAsync(list);
        var laterTo = (await CliRun.RunAsync([.. list, "--from", "2026-11-01", "--to", "2026-11-30"])).Json();

        Assert.Equal(before.Stdout, after.Stdout);
        var json = after.Json();
        Assert.Equal(("2026-10-07", "2026-11-03"), (json.GetProperty("from").GetString(), json.GetProperty("to").GetString())); // 28 days up to --date
        Assert.Equal(["2026-10-30", "2026-11-03"], json.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("date").GetString()));
        Assert.Equal(["2026-11-03"], laterTo.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("date").GetString()));
    }

    [Fact]
    public async Task Athletes_RunAfterTheDate_NotCounted()
    {
        using var data = new TempDirectory();
        await AddRunAsync(data.Path, "2026-11-01");
        await AddRunAsync(data.Path, "2026-11-02");
        await AddRunAsync(data.Path, "2026-11-03");

        var athletes = (await CliRun.RunAsync("athletes", "--date", "2026-11-02", "--data-dir", data.Path, "--json")).Json();

        Assert.Equal(2, athletes.GetProperty("athletes")[0].GetProperty("activity_count").GetInt32());
    }

    [Fact]
    public async Task SignalsAdd_DateBeforeTheCommandName_DatesTheEntry()
    {
        using var data = new TempDirectory();

        var add = (await CliRun.RunAsync("--date", "2026-10-15", "signals", "add", "--sleep-hours", "7", "--data-dir", data.Path, "--json")).Json();

        Assert.Equal("2026-10-15", add.GetProperty("date").GetString());
    }

    [Fact]
    public async Task ActivityAdd_DateBeforeTheCommandName_DatesTheActivity()
    {
        using var data = new TempDirectory();

        var id = (await CliRun.RunAsync("--date", "2026-10-15", "activity", "add", "--distance", "5km", "--duration", "25:00", "--data-dir", data.Path, "--json"))
            .Json().GetProperty("activity_id").GetInt64();
        var show = (await CliRun.RunAsync("activity", "show", id.ToString(), "--data-dir", data.Path, "--json")).Json().GetProperty("activity");

        Assert.StartsWith("2026-10-15T12:00:00", show.GetProperty("start_time").GetString());
        Assert.Equal(300, show.GetProperty("avg_pace_s_per_km").GetDouble());
    }

    [Fact]
    public async Task InjuryAdd_NoDate_RefusedSayingItIsRequired()
    {
        using var data = new TempDirectory();

        var run = await CliRun.RunAsync("athlete", "injury", "add", "--site", "calf", "--side", "left", "--severity", "3", "--data-dir", data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("coach: --date: required; the day the injury started, yyyy-mm-dd", Assert.Single(run.StderrLines));
    }

    [Theory]
    [InlineData("activities")]
    [InlineData("activity", "show", "1")]
    [InlineData("zones", "--lthr", "160")]
    [InlineData("predict", "--distance", "5k", "--time", "20:00")]
    [InlineData("metrics")]
    [InlineData("signals", "list")]
    [InlineData("signals", "add", "--sleep-hours", "7")]
    [InlineData("athletes")]
    [InlineData("athlete", "show")]
    [InlineData("athlete", "set", "--name", "Ana")]
    [InlineData("activity", "add", "--distance", "5km", "--duration", "25:00")]
    [InlineData("activity", "rpe", "1", "5")]
    [InlineData("import", "missing.fit")]
    [InlineData("import-log", "missing.csv")]
    [InlineData("inspect", "missing.fit")]
    [InlineData("demo", "--months", "1")]
    public async Task AnyCommand_UnparsableDate_OneLineNamingItAndExit1(params string[] command)
    {
        using var data = new TempDirectory();

        var run = await CliRun.RunAsync([.. command, "--date", "2026-13-01", "--data-dir", data.Path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("coach: --date '2026-13-01': expected a date as yyyy-mm-dd", Assert.Single(run.StderrLines));
        Assert.Equal("", run.Stdout);
    }

    /// <summary>Issue 15 item 8: dates near year 1 or 9999 left date arithmetic out of range ("Value to add was out of range").</summary>
    [Theory]
    [InlineData("9999-12-31", "today")]
    [InlineData("0001-01-01", "metrics")]
    [InlineData("1899-12-31", "summary")]
    [InlineData("2200-01-01", "plan")]
    public async Task AnyCommand_DateOutsideTheSaneRange_OneLineNamingIt(string date, string command)
    {
        using var data = new TempDirectory();
        string[] args = command == "plan" ? ["plan", "show"] : [command];

        var run = await CliRun.RunAsync([.. args, "--date", date, "--data-dir", data.Path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"coach: --date '{date}': expected a date from 1900-01-01 to 2199-12-31", Assert.Single(run.StderrLines));
    }
}
