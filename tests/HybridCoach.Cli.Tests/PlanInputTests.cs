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
    [InlineData("coach: --variant 'reckless': expected conservative, moderate or aggressive", "plan", "generate", "--variant", "reckless")]
    [InlineData("coach: --cycle-days 6: expected 7 to 14 days", "plan", "generate", "--cycle-days", "6")]
    [InlineData("coach: --cycle-days 'nine': expected a whole number", "plan", "generate", "--cycle-days", "nine")]
    [InlineData("coach: --runner-type 'sprinter': expected one of beginner, 5k-10k, marathoner, masters, comeback, multi-race", "plan", "generate", "--runner-type", "sprinter")]
    [InlineData("coach: --equipment 'rowing machine': expected one of bodyweight, dumbbells, kettlebell, barbell, band, gym", "plan", "generate", "--strength", "--equipment", "dumbbells,rowing machine")]
    [InlineData("coach: no A race after 2026-05-21: add one with `coach race add --priority A`", "plan", "generate")]
    [InlineData("coach: no plan yet: run `coach plan generate` first", "plan", "show")]
    [InlineData("coach: no plan yet: run `coach plan generate` first", "plan", "validate")]
    [InlineData("coach: plan export: give --ics FILE and/or --fit DIR", "plan", "export")]
    public async Task Plan_BadInput_OneClearLineAndExitOne(string expected, params string[] args)
    {
        var run = await RunAsync(args);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([expected], run.StderrLines);
        Assert.Equal("", run.Stdout);
    }
}
