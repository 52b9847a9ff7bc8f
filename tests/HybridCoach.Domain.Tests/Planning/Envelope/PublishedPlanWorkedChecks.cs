using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Envelope;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning.Envelope;

/// <summary>
/// Worked checks against one published plan per distance, for a runner at that plan's level over its weeks
/// (docs/plan-envelope.md, "Worked checks"): volumes within 10 %, long runs within 15 % (one long-run step), session
/// shares within the published sessions' range. Figures of the published plans: Higdon's Novice 1 marathon, Novice
/// and Advanced half, Intermediate 10K and 5K (halhigdon.com); Pfitzinger &amp; Douglas' 18/55 (Advanced Marathoning);
/// Hansons' Beginner marathon (Hansons Marathon Method).
/// </summary>
public class PublishedPlanWorkedChecks
{
    private const double Mile = 1609.344;

    private static (SeasonPlan Plan, PlanRequest Request, PlanFigures Figures) Plan(double raceM, int weeks, double weeklyM, double thresholdS, PlanVariant variant)
    {
        var request = PlanRequests.For(raceM, weeks, weeklyM: weeklyM, thresholdSPerKm: thresholdS);
        var plan = SeasonPlanner.Generate(request, variant);
        return (plan, request, PlanFigures.Of(plan, request, ReferenceEnvelopes.For(request)));
    }

    private static void Near(double published, double ours, double tolerance, string what) =>
        Assert.True(Math.Abs(ours / published - 1) <= tolerance, $"{what}: ours {ours:0.###}, published {published:0.###} (±{tolerance:P0})");

    [Fact]
    public void Marathon18Weeks45Km_Conservative_LikeHigdonNovice1()
    {
        // Higdon Novice 1: peak ≈ 40 mi in week 15 of 18 (3 weeks out), long runs of 16, 18 and 20 mi, 3-week taper.
        var (_, _, f) = Plan(PlanRequests.Marathon, 18, 45_000, 270, PlanVariant.Conservative);

        Near(40 * Mile, f.PeakWeekM, 0.10, "peak week");
        Assert.True(f.LongRunsAtThreshold >= 3, $"{f.LongRunsAtThreshold} long runs of 26 km or more");
        Assert.Equal(3.0, f.PeakWeeksBeforeRace, 1);
        Assert.Equal(21, f.TaperDays);
    }

    [Fact]
    public void Marathon18Weeks45Km_Aggressive_LikePfitzinger18_55()
    {
        // 18/55: peak 55 mi, longest 20 mi; LT runs of 4–5 mi in 50–55 mi weeks (7–10 %), VO2 sessions of 5–6 × 1000–1200 m (5–8 %).
        var (_, _, f) = Plan(PlanRequests.Marathon, 18, 45_000, 270, PlanVariant.Aggressive);

        Near(55 * Mile, f.PeakWeekM, 0.10, "peak week");
        Near(20 * Mile, f.PeakLongRunM, 0.15, "longest run");
        Assert.InRange(f.MaxThresholdShare, 0.07, 0.10 + DanielsQualityLimits.ShareTolerance);
        Assert.InRange(f.MaxIntervalShare, 0.05, 0.08 + DanielsQualityLimits.ShareTolerance);
        Assert.Equal(21, f.TaperDays);
    }

    [Fact]
    public void Marathon18Weeks45Km_Aggressive_LikeHansonsBeginnerInVolumeAndMarathonPace()
    {
        // Hansons Beginner: peak 57 mi, marathon-pace runs growing to 10 mi.
        var (_, _, f) = Plan(PlanRequests.Marathon, 18, 45_000, 270, PlanVariant.Aggressive);

        Near(57 * Mile, f.PeakWeekM, 0.10, "peak week");
        Near(10 * Mile, f.MaxMarathonPaceM, 0.15, "marathon-pace run");
    }

    [Fact]
    public void Half12Weeks25Km_Conservative_LikeHigdonNoviceHalf()
    {
        var (_, _, f) = Plan(PlanRequests.Half, 12, 25_000, 330, PlanVariant.Conservative);

        Near(10 * Mile, f.PeakLongRunM, 0.15, "longest run");
    }

    [Fact]
    public void Half12Weeks45Km_Aggressive_LikeHigdonAdvancedHalf()
    {
        var (_, _, f) = Plan(PlanRequests.Half, 12, 45_000, 270, PlanVariant.Aggressive);

        Near(13 * Mile, f.PeakLongRunM, 0.15, "longest run");
    }

    [Fact]
    public void TenK8Weeks29Km_Moderate_LikeHigdonIntermediate10K()
    {
        // 18 mi in week 1 to ≈ 26.5 mi in week 7 (×1.47), longest 8 mi in week 7, the race week lighter.
        var (_, _, f) = Plan(PlanRequests.TenK, 8, 29_000, 300, PlanVariant.Moderate);

        Near(26.5 / 18, f.PeakVolumeFactor, 0.10, "peak over start");
        Near(8 * Mile, f.PeakLongRunM, 0.15, "longest run");
        Assert.Equal(1.0, f.PeakWeeksBeforeRace, 1);
        Assert.Equal(7, f.TaperDays);
    }

    [Fact]
    public void FiveK8Weeks28Km_Moderate_LikeHigdonIntermediate5K()
    {
        // ≈ 17 → 22 mi (×1.29), longest 7 mi in weeks 6–7, the race week lighter.
        var (_, _, f) = Plan(PlanRequests.FiveK, 8, 28_000, 300, PlanVariant.Moderate);

        Near(22.0 / 17, f.PeakVolumeFactor, 0.10, "peak over start");
        Near(7 * Mile, f.PeakLongRunM, 0.15, "longest run");
        Assert.Equal(1.0, f.PeakWeeksBeforeRace, 1);
        Assert.Equal(7, f.TaperDays);
    }
}
