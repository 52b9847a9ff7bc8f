using HybridCoach.Application.Coaching;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Application.Tests.Coaching;

/// <summary>
/// The adaptation-diff brief: figures by hand. Cross-training without a pace loads hours × 0.75² × 100
/// (<see cref="PlannedLoad"/>): 60 min = 56.25, 30 min = 28.125.
/// </summary>
public class PlanChangeBriefsTests
{
    private static readonly DateOnly Day = new(2026, 6, 1);

    private static PlannedSession Run(DateOnly date, SessionType type, double distanceM, double durationS) =>
        new(date, type, distanceM, durationS, [], "z2", "test session", []);

    private static async Task<SeasonPlan> WeekAsync(params PlannedSession[] days)
    {
        var plan = (await (await CoachingWorld.CreateAsync()).LatestAsync()).Active.Plan;
        return plan with { Microcycles = [plan.Microcycles[0] with { Index = 1, Start = days[0].Date, Days = days }] };
    }

    [Fact]
    public async Task LoadChangePct_OneOfTwoHoursHalved_MinusTwentyFive()
    {
        var before = await WeekAsync(EasySessions.CrossTraining(Day, 3600), EasySessions.CrossTraining(Day.AddDays(1), 3600));
        var after = await WeekAsync(EasySessions.CrossTraining(Day, 3600), EasySessions.CrossTraining(Day.AddDays(1), 1800));

        // (56.25 + 28.125 − 112.5) / 112.5 = −25 %.
        Assert.Equal(-25.0, PlanChangeBriefs.LoadChangePct(before, after, [Day.AddDays(1)], 262));
    }

    [Fact]
    public async Task LoadChangePct_NoPlannedLoad_Null()
    {
        var rest = await WeekAsync(EasySessions.Rest(Day), EasySessions.Rest(Day.AddDays(1)));

        Assert.Null(PlanChangeBriefs.LoadChangePct(rest, rest, [Day], 262));
    }

    [Fact]
    public void From_TwoChangedDays_DistancesSummedAndAppliedVersionReferenced()
    {
        PlanChange[] changes =
        [
            new(Day.AddDays(3), Run(Day.AddDays(3), SessionType.Long, 12900, 4053), null, ChangeKind.Removed, "calf niggle"),
            new(Day, Run(Day, SessionType.Tempo, 10400, 2900), Run(Day, SessionType.Easy, 6000, 1880), ChangeKind.Softened, "fatigue 9/10"),
        ];
        var origin = new ChangeOrigin("checkin", "auto_apply", "load -8 %", 2, 3, null);

        var brief = PlanChangeBriefs.From(origin, [.. changes.OrderBy(c => c.Date).Select(c => PlanChangeBriefs.Line(c, DistanceUnit.Kilometers))], -8.0, Day.AddDays(-5));

        Assert.Equal((Day, 23300.0, 6000.0, -8.0, "plan_version:3"), (brief.ChangeDate, brief.DistanceBeforeM, brief.DistanceAfterM, brief.LoadChangePct, brief.Reference));
        Assert.Equal([("softened", "tempo", "easy"), ("removed", "long", null)],
            brief.Changes.Select(c => (c.Kind, c.Before?.Type, c.After?.Type)));
        Assert.Equal(("Tempo 10.4 km", "fatigue 9/10"), (brief.Changes[0].Before!.Title, brief.Changes[0].Reason));
    }

    [Fact]
    public void From_HeldProposalWithoutDays_ProposalReferencedOnFallbackDay()
    {
        var brief = PlanChangeBriefs.From(new ChangeOrigin("adjustment a2", "coach_approval", "key workout", 4, null, 7), [], null, Day);

        Assert.Equal((Day, 0.0, 0.0, "proposal:p7"), (brief.ChangeDate, brief.DistanceBeforeM, brief.DistanceAfterM, brief.Reference));
    }

    [Fact]
    public void Line_DiffDayWithoutNote_SaysNoReasonRecorded()
    {
        var line = PlanChangeBriefs.Line(new PlanDiffDay(Day, null, Run(Day, SessionType.Easy, 5000, 1500), null, null), DistanceUnit.Kilometers);

        Assert.Equal(("changed", "no reason recorded", null, 5000.0), (line.Kind, line.Reason, line.Before, line.After!.DistanceM));
    }
}
