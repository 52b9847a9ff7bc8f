using Xunit;

namespace HybridCoach.Cli.Tests;

public class ActivityCommandTests
{
    [Fact]
    public async Task Add_TenKmIn50Minutes_StoresARunAt5MinPerKm()
    {
        using var data = new TempDirectory();

        var add = await CliRun.RunAsync("activity", "add", "--date", "2026-11-20", "--distance", "10km", "--duration", "50:00", "--avg-hr", "148", "--rpe", "6", "--name", "Easy loop", "--data-dir", data.Path, "--json");
        var id = add.Json().GetProperty("activity_id").GetInt64();
        var show = (await CliRun.RunAsync("activity", "show", id.ToString(), "--data-dir", data.Path, "--json")).Json().GetProperty("activity");

        Assert.Equal(0, add.ExitCode);
        Assert.Equal(10_000, show.GetProperty("distance_m").GetDouble());
        Assert.Equal(3000, show.GetProperty("timer_time_s").GetDouble());
        Assert.Equal(300, show.GetProperty("avg_pace_s_per_km").GetDouble());
        Assert.Equal(148, show.GetProperty("avg_hr_bpm").GetDouble());
        Assert.Equal(6, show.GetProperty("rpe").GetInt32());
        Assert.Equal("Easy loop", show.GetProperty("name").GetString());
        Assert.Equal("manual", show.GetProperty("source_format").GetString());
        Assert.StartsWith("2026-11-20T12:00:00", show.GetProperty("start_time").GetString());
    }

    [Fact]
    public async Task Add_BadDistance_ExitsNonZeroWithOneLineNamingTheInput()
    {
        using var data = new TempDirectory();

        var run = await CliRun.RunAsync("activity", "add", "--date", "2026-11-20", "--distance", "10kk", "--duration", "50:00", "--data-dir", data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("coach: --distance '10kk': expected a number with km, mi or m", Assert.Single(run.StderrLines));
    }

    [Fact]
    public async Task Show_UnknownId_NotFoundSayingSo()
    {
        using var data = new TempDirectory();

        var run = await CliRun.RunAsync("activity", "show", "999", "--data-dir", data.Path);

        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        Assert.Equal("coach: activity 999: no such activity", Assert.Single(run.StderrLines));
    }

    [Fact]
    public async Task Activities_FilteredBySportAndDate_ListsOnlyMatchingNewestFirst()
    {
        using var data = new TempDirectory();
        foreach (var (date, sport) in new[] { ("2026-11-01", "run"), ("2026-11-03", "ride"), ("2026-11-05", "run"), ("2026-11-09", "run") })
        {
            await CliRun.RunAsync("activity", "add", "--date", date, "--distance", "10km", "--duration", "50:00", "--sport", sport, "--data-dir", data.Path);
        }

        var list = (await CliRun.RunAsync("activities", "--sport", "run", "--from", "2026-11-01", "--to", "2026-11-05", "--data-dir", data.Path, "--json")).Json();

        Assert.Equal(2, list.GetProperty("count").GetInt32());
        var starts = list.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("start_time").GetString()![..10]).ToArray();
        Assert.Equal(["2026-11-05", "2026-11-01"], starts);
    }
}
