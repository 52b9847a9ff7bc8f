using System.Text.Json;
using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// `coach plan review` and the hard truths of `coach plan generate` (issue 14): the demo's half-marathon plan against
/// the published half-marathon plans for a 43 km/week runner, and the same runner with a marathon ten weeks away,
/// where the conservative plan cannot safely reach the published long runs and says so, and by how much.
/// </summary>
public class PlanReviewCommandTests(PlanDemoSeason season) : IClassFixture<PlanDemoSeason>
{
    private static readonly string[] AllIds =
    [
        "peak_volume", "peak_long_run", "long_run_duration", "long_runs_at_threshold", "peak_timing", "taper_days", "taper_cut",
        "long_run_limit", "threshold_per_session", "intervals_per_session", "repetitions_per_session", "marathon_pace_per_session",
    ];

    [Fact]
    public async Task Review_DemoHalf_EveryFigureInsideTheHalfMarathonEnvelopeForMidVolume()
    {
        var review = (await season.RunAsync("plan", "review", "--json")).Json();

        Assert.Equal((1, "moderate", "half", "mid"), (review.GetProperty("version").GetInt32(), review.GetProperty("variant").GetString(),
            review.GetProperty("distance").GetString(), review.GetProperty("level").GetString()));
        var checks = review.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(AllIds, checks.Select(c => c.GetProperty("id").GetString()));
        Assert.All(checks, c => Assert.True(c.GetProperty("inside").GetBoolean(), $"{c.GetProperty("id")}: {c.GetProperty("reason")}"));
        var longest = checks.Single(c => c.GetProperty("id").GetString() == "peak_long_run");
        Assert.Equal("18.0 km–22.0 km", longest.GetProperty("expected").GetString());
        Assert.Equal(["conservative", "moderate", "aggressive"], review.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("variant").GetString()));
        Assert.All(review.GetProperty("variants").EnumerateArray(), v => Assert.Equal(0, v.GetProperty("outside_count").GetInt32()));
    }

    [Fact]
    public async Task Review_Text_NamesTheReferencesAndEachFigure()
    {
        var text = await season.RunAsync("plan", "review", "--variant", "aggressive");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Plan version 1 · aggressive against the published half marathon plans for runners on 40–65 km a week", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("Higdon Novice, Intermediate & Advanced half; Pfitzinger & Douglas, Faster Road Racing (half)", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("conservative: 12 inside, 0 outside · moderate (active): 12 inside, 0 outside · aggressive: 12 inside, 0 outside", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_MarathonTenWeeksAway_ConservativeStatesItsHardTruthsWithHowFarShort()
    {
        using var dir = new TempDirectory();
        async Task<CliRun> Run(params string[] args)
        {
            var run = await CliRun.RunAsync(["--data-dir", dir.Path, "--date", PlanDemoSeason.AsOf, .. args]);
            Assert.True(run.ExitCode == 0, $"{string.Join(' ', args)}: {run.Stderr}");
            return run;
        }
        await Run("demo", "--months", "3");
        await Run("race", "remove", "2");
        await Run("race", "add", "--date", "2026-07-26", "--name", "Summer marathon", "--distance", "marathon", "--priority", "A");

        var generated = (await Run("plan", "generate", "--json")).Json();
        var text = await Run("plan", "generate");
        var review = (await Run("plan", "review", "--variant", "conservative", "--json")).Json();

        static IEnumerable<string?> Ids(JsonElement variant) => variant.GetProperty("hard_truths").EnumerateArray().Select(h => h.GetProperty("id").GetString());
        var variants = generated.GetProperty("variants").EnumerateArray().ToList();
        Assert.Equal(["peak_volume", "peak_long_run", "long_runs_at_threshold"], Ids(variants[0]));
        Assert.Empty(Ids(variants[1]));
        Assert.Empty(Ids(variants[2]));
        var longest = variants[0].GetProperty("hard_truths").EnumerateArray().Single(h => h.GetProperty("id").GetString() == "peak_long_run");
        Assert.Matches(@"^\d+ % short of the published plans' least: lengthening it safely \(at most 1\.6 km a loading microcycle, within the long-run rule\) from your 18\.0 km reaches 26\.0 km in about \d+ weeks; this plan has 9\.6$",
            longest.GetProperty("reason").GetString());
        Assert.Contains("Hard truth (conservative): longest run", text.Stdout, StringComparison.Ordinal);
        Assert.Equal((9, 3), (review.GetProperty("inside_count").GetInt32(), review.GetProperty("outside_count").GetInt32()));
        // The goal-pace finish of the specific long runs is marathon-pace work, not threshold running, wherever the
        // athlete's 4:22/km threshold puts it: no session is over Daniels' T limit.
        Assert.True(review.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "threshold_per_session").GetProperty("inside").GetBoolean());
    }

    [Fact]
    public async Task Review_NoPlan_NotFoundSayingWhatToRun()
    {
        using var dir = new TempDirectory();
        var result = await CliRun.RunAsync(["--data-dir", dir.Path, "plan", "review"]);

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Equal("coach: no plan yet: generate one first", result.Stderr.Trim());
    }
}
