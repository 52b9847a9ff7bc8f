using Xunit;

namespace HybridCoach.Cli.Tests;

public class SignalsCommandTests
{
    [Fact]
    public async Task Add_EverySignal_ListReturnsExactlyThoseValues()
    {
        using var data = new TempDirectory();
        var add = await CliRun.RunAsync("signals", "add", "--date", "2026-11-20", "--resting-hr", "50", "--hrv", "62.5", "--sleep-hours", "7.5",
            "--sleep-quality", "4", "--soreness", "3", "--sore-site", "calf=5", "--sore-site", "Knee=2", "--pain-site", "calf",
            "--illness", "above_neck", "--stress", "2", "--motivation", "4", "--note", "heavy legs", "--data-dir", data.Path, "--json");

        var list = (await CliRun.RunAsync("signals", "list", "--from", "2026-11-01", "--to", "2026-11-30", "--data-dir", data.Path, "--json")).Json();
        var day = Assert.Single(list.GetProperty("days").EnumerateArray());

        Assert.Equal(0, add.ExitCode);
        Assert.Equal(1, list.GetProperty("count").GetInt32());
        Assert.Equal("2026-11-20", day.GetProperty("date").GetString());
        Assert.Equal(50, day.GetProperty("resting_hr_bpm").GetInt32());
        Assert.Equal(62.5, day.GetProperty("hrv_rmssd_ms").GetDouble());
        Assert.Equal(7.5, day.GetProperty("sleep_hours").GetDouble());
        Assert.Equal(4, day.GetProperty("sleep_quality").GetInt32());
        Assert.Equal(3, day.GetProperty("soreness").GetInt32());
        Assert.Equal(5, day.GetProperty("soreness_by_site").GetProperty("calf").GetInt32());
        Assert.Equal(2, day.GetProperty("soreness_by_site").GetProperty("knee").GetInt32());
        Assert.True(day.GetProperty("pain").GetBoolean());
        Assert.Equal("calf", day.GetProperty("pain_site").GetString());
        Assert.Equal("above_neck", day.GetProperty("illness").GetString());
        Assert.Equal(2, day.GetProperty("life_stress").GetInt32());
        Assert.Equal(4, day.GetProperty("motivation").GetInt32());
        Assert.Equal("heavy legs", day.GetProperty("note").GetString());
    }

    [Fact]
    public async Task Add_SameDateTwice_ReplacesTheDay()
    {
        using var data = new TempDirectory();
        await CliRun.RunAsync("signals", "add", "--date", "2026-11-20", "--soreness", "6", "--sore-site", "calf=5", "--data-dir", data.Path);
        await CliRun.RunAsync("signals", "add", "--date", "2026-11-20", "--sleep-hours", "8", "--data-dir", data.Path);

        var day = Assert.Single((await CliRun.RunAsync("signals", "list", "--from", "2026-11-20", "--to", "2026-11-20", "--data-dir", data.Path, "--json")).Json().GetProperty("days").EnumerateArray());

        Assert.Equal(8, day.GetProperty("sleep_hours").GetDouble());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, day.GetProperty("soreness").ValueKind);
        Assert.Empty(day.GetProperty("soreness_by_site").EnumerateObject());
        Assert.False(day.GetProperty("pain").GetBoolean());
        Assert.Equal("none", day.GetProperty("illness").GetString());
    }

    [Fact]
    public async Task List_Range_OnlyDaysInsideOldestFirst()
    {
        using var data = new TempDirectory();
        foreach (var date in new[] { "2026-11-03", "2026-11-01", "2026-11-02", "2026-11-05" })
            await CliRun.RunAsync("signals", "add", "--date", date, "--motivation", "3", "--data-dir", data.Path);

        var days = (await CliRun.RunAsync("signals", "list", "--from", "2026-11-02", "--to", "2026-11-04", "--data-dir", data.Path, "--json")).Json().GetProperty("days");

        Assert.Equal(["2026-11-02", "2026-11-03"], days.EnumerateArray().Select(d => d.GetProperty("date").GetString()));
    }

    [Theory]
    [InlineData("--sleep-quality", "6", "coach: sleep_quality 6: expected 1 to 5")]
    [InlineData("--soreness", "11", "coach: soreness 11: expected 0 to 10")]
    [InlineData("--hrv", "fast", "coach: --hrv 'fast': expected a number")]
    [InlineData("--sleep-hours", "25", "coach: sleep_hours 25: expected 0 to 24")]
    [InlineData("--illness", "flu", "coach: --illness 'flu': expected none, above_neck or below_neck")]
    [InlineData("--sore-site", "calf", "coach: --sore-site 'calf': expected site=soreness, e.g. calf=5")]
    [InlineData("--sore-site", "calf=12", "coach: soreness at calf 12: expected 0 to 10")]
    [InlineData("--stress", "0", "coach: life_stress 0: expected 1 to 5")]
    [InlineData("--date", "2026-13-01", "coach: --date '2026-13-01': expected a date as yyyy-mm-dd")]
    public async Task Add_BadValue_OneLineNamingTheInputAndNothingStored(string option, string value, string expected)
    {
        using var data = new TempDirectory();

        string[] date = option == "--date" ? [] : ["--date", "2026-11-20"];

        var run = await CliRun.RunAsync(["signals", "add", .. date, option, value, "--data-dir", data.Path]);
        var list = (await CliRun.RunAsync("signals", "list", "--from", "2026-11-01", "--to", "2026-11-30", "--data-dir", data.Path, "--json")).Json();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(expected, Assert.Single(run.StderrLines));
        Assert.Equal(0, list.GetProperty("count").GetInt32());
    }
}
