using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// `coach plan generate` stores only plans that pass every invariant (issue 13 item 6). The reported case: an A half
/// on 2027-03-28, a B 10K on 2027-02-21, 7-day microcycles, Fridays kept clear — every variant validates (the B race's
/// mini-taper holds and its race pace names the zone it lies in), and `coach plan validate` agrees.
/// </summary>
public class PlanGenerateValidityTests
{
    [Theory]
    [InlineData("conservative")]
    [InlineData("moderate")]
    [InlineData("aggressive")]
    public async Task BRaceBeforeAHalf_FridaysClear_EveryVariantValid(string variant)
    {
        using var dir = new TempDirectory();
        async Task<CliRun> Run(params string[] args)
        {
            var run = await CliRun.RunAsync(["--data-dir", dir.Path, "--date", "2026-12-07", .. args]);
            Assert.True(run.ExitCode == 0, $"{string.Join(' ', args)}: {run.Stderr}");
            return run;
        }
        await Run("demo");
        foreach (var race in (await Run("race", "list", "--json")).Json().GetProperty("races").EnumerateArray())
            await Run("race", "remove", race.GetProperty("id").ToString());
        await Run("race", "add", "--date", "2027-03-28", "--name", "Spring half", "--distance", "half", "--priority", "A");
        await Run("race", "add", "--date", "2027-02-21", "--name", "Winter 10K", "--distance", "10k", "--priority", "B");
        await Run("athlete", "set", "--available-days", "mon,tue,wed,thu,sat,sun", "--clear-days", "fri");

        var generated = (await Run("plan", "generate", "--cycle-days", "7", "--variant", variant, "--json")).Json();

        Assert.All(generated.GetProperty("variants").EnumerateArray(), v => Assert.Equal(0, v.GetProperty("violations").GetArrayLength()));
        var validate = await CliRun.RunAsync(["--data-dir", dir.Path, "--date", "2026-12-07", "plan", "validate"]);
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains($"Plan version 1 · {variant}: 0 violation(s)", validate.Stdout, StringComparison.Ordinal);
        // The B race's week runs no easy run longer than the plan's longest long run before it: no volume piled up.
        var days = (await Run("plan", "show", "--json")).Json().GetProperty("microcycles").EnumerateArray().SelectMany(m => m.GetProperty("days").EnumerateArray()).ToList();
        var longest = days.Where(d => d.GetProperty("type").GetString() == "long" && string.CompareOrdinal(d.GetProperty("date").GetString(), "2027-02-15") < 0)
            .Max(d => d.GetProperty("distance_m").GetDouble());
        Assert.All(days.Where(d => d.GetProperty("type").GetString() == "easy" && d.GetProperty("date").GetString() is { } date
                && string.CompareOrdinal(date, "2027-02-15") >= 0 && string.CompareOrdinal(date, "2027-02-21") < 0),
            d => Assert.True(d.GetProperty("distance_m").GetDouble() <= longest, $"{d.GetProperty("date")}: {d.GetProperty("distance_m")} m"));
    }
}
