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
}
