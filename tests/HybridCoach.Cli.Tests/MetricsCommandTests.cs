using System.Text.Json;
using Xunit;

namespace HybridCoach.Cli.Tests;

public class MetricsCommandTests
{
    private static readonly DateOnly Day1 = new(2026, 10, 1);
    private static readonly DateOnly Day28 = Day1.AddDays(27);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task AddAsync(TempDirectory data, DateOnly day, string duration, string? rpe = null, string start = "12:00")
    {
        string[] args = ["activity", "add", "--date", Iso(day), "--start", start, "--distance", "5km", "--duration", duration, "--data-dir", data.Path, "--json"];
        var run = await CliRun.RunAsync(rpe is null ? args : [.. args, "--rpe", rpe]);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("imported", run.Json().GetProperty("status").GetString());
    }

    /// <summary>science.md §3's worked vector as minutes: 21 days of 30 min, then 7 days of 50 min.</summary>
    private static async Task AddAcwrVectorAsync(TempDirectory data)
    {
        for (var i = 0; i < 28; i++) await AddAsync(data, Day1.AddDays(i), i < 21 ? "30:00" : "50:00");
    }

    private static JsonElement DayOf(JsonElement report, DateOnly day) =>
        report.GetProperty("days").EnumerateArray().Single(d => d.GetProperty("date").GetString() == Iso(day));

    // science.md §3 (JorgeDelro/ACWR tests): coupled 1.428571, uncoupled 1.666667, EWMA 1.249746 on day 28.
    [Fact]
    public async Task Metrics_AcwrWorkedVectorAsDuration_GivesThePublishedRatiosOnDay28()
    {
        using var data = new TempDirectory();
        await AddAcwrVectorAsync(data);

        var run = await CliRun.RunAsync("metrics", "--date", Iso(Day28), "--load", "duration", "--data-dir", data.Path, "--json");

        Assert.Equal(0, run.ExitCode);
        var report = run.Json();
        Assert.Equal(Iso(Day28), report.GetProperty("as_of").GetString());
        Assert.Equal("duration", report.GetProperty("measure").GetString());
        Assert.Equal("duration (asked for)", report.GetProperty("measure_reason").GetString());
        var days = report.GetProperty("days").EnumerateArray().ToArray();
        Assert.Equal(28, days.Length);
        Assert.Equal(Iso(Day1), days[0].GetProperty("date").GetString());
        var last = DayOf(report, Day28);
        Assert.Equal(1.428571, last.GetProperty("acwr_coupled").GetDouble(), 6);
        Assert.Equal(1.666667, last.GetProperty("acwr_uncoupled").GetDouble(), 6);
        Assert.Equal(1.249746, last.GetProperty("acwr_ewma").GetDouble(), 6);
        Assert.Equal(50, last.GetProperty("load").GetDouble(), 9);
        Assert.Equal(35_000, last.GetProperty("weekly_distance_m").GetDouble(), 6);
        Assert.Equal(7 * 3000, last.GetProperty("weekly_time_s").GetDouble(), 6);
        Assert.Equal(28, last.GetProperty("consecutive_training_days").GetInt32());
        // Before the 28-day warm-up the ratios are undefined.
        Assert.Equal(JsonValueKind.Null, days[0].GetProperty("acwr_coupled").ValueKind);
    }

    [Fact]
    public async Task Metrics_ActivityAddedAfterAsOfDate_LeavesTheFiguresUnchanged()
    {
        using var data = new TempDirectory();
        await AddAcwrVectorAsync(data);
        string[] args = ["metrics", "--date", Iso(Day28), "--data-dir", data.Path, "--json"];

        var before = await CliRun.RunAsync(args);
        await AddAsync(data, Day28.AddDays(1), "1:30:00", "9");
        var after = await CliRun.RunAsync(args);
        var later = (await CliRun.RunAsync("metrics", "--date", Iso(Day28.AddDays(1)), "--load", "duration", "--data-dir", data.Path, "--json")).Json();

        Assert.Equal(0, before.ExitCode);
        Assert.Equal(before.Stdout, after.Stdout);
        Assert.Equal(1.249746, DayOf(after.Json(), Day28).GetProperty("acwr_ewma").GetDouble(), 6);
        // The new activity does count from its own day on.
        Assert.Equal(90, DayOf(later, Day28.AddDays(1)).GetProperty("load").GetDouble(), 9);
    }

    // Foster et al. 2001 (science.md §4): load = RPE × minutes; 120 min at RPE 6 is 720.
    [Fact]
    public async Task Metrics_SessionRpe_GivesFosterLoadsOfRpeTimesMinutes()
    {
        using var data = new TempDirectory();
        await AddAsync(data, Day1, "2:00:00", "6");
        await AddAsync(data, Day1.AddDays(1), "30:00", "4");
        await AddAsync(data, Day1.AddDays(1), "45:00", "3", start: "18:30");

        var report = (await CliRun.RunAsync("metrics", "--date", Iso(Day1.AddDays(2)), "--from", Iso(Day1), "--load", "srpe", "--data-dir", data.Path, "--json")).Json();

        Assert.Equal("srpe", report.GetProperty("measure").GetString());
        Assert.Equal(720, DayOf(report, Day1).GetProperty("load").GetDouble(), 9);
        Assert.Equal(120 + 135, DayOf(report, Day1.AddDays(1)).GetProperty("load").GetDouble(), 9);
        Assert.Equal(0, DayOf(report, Day1.AddDays(2)).GetProperty("load").GetDouble(), 9);
        Assert.Equal(3, report.GetProperty("days").GetArrayLength());
    }

    [Fact]
    public async Task Metrics_EveryActivityHasRpeAndNoMeasureAsked_ChoosesSessionRpe()
    {
        using var data = new TempDirectory();
        await AddAsync(data, Day1, "2:00:00", "6");

        var report = (await CliRun.RunAsync("metrics", "--date", Iso(Day1), "--data-dir", data.Path, "--json")).Json();

        Assert.Equal("srpe", report.GetProperty("measure").GetString());
        Assert.StartsWith("srpe (best available: 100", report.GetProperty("measure_reason").GetString());
        Assert.Equal(720, DayOf(report, Day1).GetProperty("load").GetDouble(), 9);
    }

    [Fact]
    public async Task Metrics_Table_ShowsOneRowPerDayWithTheLoad()
    {
        using var data = new TempDirectory();
        await AddAsync(data, Day1, "2:00:00", "6");

        var run = await CliRun.RunAsync("metrics", "--date", Iso(Day1.AddDays(1)), "--from", Iso(Day1), "--data-dir", data.Path);

        Assert.Equal(0, run.ExitCode);
        var row = run.Stdout.Split('\n').Single(line => line.Contains(Iso(Day1), StringComparison.Ordinal) && line.Contains('│'));
        Assert.Contains("720.0", row, StringComparison.Ordinal);
        Assert.Contains(run.Stdout.Split('\n'), line => line.Contains(Iso(Day1.AddDays(1)), StringComparison.Ordinal) && line.Contains('│'));
    }

    [Theory]
    [InlineData(new[] { "--load", "watts" }, "coach: --load 'watts': expected duration, distance, srpe, trimp or rss")]
    [InlineData(new[] { "--date", "2026-13-01" }, "coach: --date '2026-13-01': expected a date as yyyy-mm-dd")]
    [InlineData(new[] { "--date", "2026-10-10", "--from", "2026-10-11" }, "coach: --from '2026-10-11': after the last day shown, 2026-10-10")]
    [InlineData(new[] { "--date", "2026-10-10", "--to", "2026-10-11" }, "coach: --to '2026-10-11': after the as-of date 2026-10-10 (--date); nothing after it is known")]
    [InlineData(new[] { "--sex", "x" }, "coach: --sex 'x': expected male or female")]
    [InlineData(new[] { "--lthr", "1000" }, "coach: --lthr '1000': expected beats per minute between 25 and 250")]
    [InlineData(new[] { "--threshold-pace", "fast" }, "coach: --threshold-pace 'fast': expected m:ss, h:mm:ss or a number with h, m or s (e.g. 50:00, 1:02:03, 45m)")]
    public async Task Metrics_BadInput_ExitsOneWithOneLineNamingTheOption(string[] options, string expected)
    {
        using var data = new TempDirectory();

        var run = await CliRun.RunAsync(["metrics", .. options, "--data-dir", data.Path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(expected, Assert.Single(run.StderrLines));
        Assert.Equal("", run.Stdout);
    }
}
