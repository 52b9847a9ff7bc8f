using Xunit;

namespace HybridCoach.Cli.Tests;

public class PlanInputTests
{
    private static async Task<CliRun> RunAsync(params string[] args)
    {
        using var data = new TempDirectory();
        return await CliRun.RunAsync(["--data-dir", data.Path, "--date", "2026-05-20", .. args]);
    }

    [Theory]
    [InlineData(1, "coach: --variant 'reckless': expected conservative, moderate or aggressive", "plan", "generate", "--variant", "reckless")]
    [InlineData(1, "coach: --cycle-days 6: expected 7 to 14 days", "plan", "generate", "--cycle-days", "6")]
    [InlineData(1, "coach: --cycle-days 'nine': expected a whole number", "plan", "generate", "--cycle-days", "nine")]
    [InlineData(1, "coach: --runner-type 'sprinter': expected one of beginner, 5k-10k, marathoner, masters, comeback, multi-race", "plan", "generate", "--runner-type", "sprinter")]
    [InlineData(1, "coach: --equipment 'rowing machine': expected one of bodyweight, dumbbells, kettlebell, barbell, band, gym", "plan", "generate", "--strength", "--equipment", "dumbbells,rowing machine")]
    [InlineData(1, "coach: no A race after 2026-05-21: add the goal race with priority A first", "plan", "generate")]
    [InlineData(3, "coach: no plan yet: generate one first", "plan", "show")]
    [InlineData(3, "coach: no plan yet: generate one first", "plan", "validate")]
    [InlineData(1, "coach: plan export: give --ics FILE and/or --fit DIR", "plan", "export")]
    public async Task Plan_BadInput_OneClearLineAndExitOne(int exit, string expected, params string[] args)
    {
        var run = await RunAsync(args);

        Assert.Equal(exit, run.ExitCode);
        Assert.Equal([expected], run.StderrLines);
        Assert.Equal("", run.Stdout);
    }
}
