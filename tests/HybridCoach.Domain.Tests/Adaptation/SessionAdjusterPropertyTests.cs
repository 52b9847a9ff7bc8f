using FsCheck;
using FsCheck.Fluent;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Adaptation;

/// <summary>
/// Never harder, over generated sessions (every type; 0–4 steps of random size, random or zone paces, random zone
/// labels, nested repeats), thresholds 3:20–6:40/km, random neighbouring days and random reasons.
/// </summary>
public class SessionAdjusterPropertyTests
{
    private static readonly DateOnly Day = new(2026, 5, 6);

    private static readonly string[] Reasons =
    [
        "tired", "legs heavy", "calf is sore", "my achilles hurts", "short on time", "only 25 min", "sick with a cold", "flu",
        "not sick, just tired", "no pain, only 40 minutes", "knee niggle and busy", "weather", "feeling great", "slept badly",
        "hamstring twinge", "I have 90 minutes", "travelling", "x",
    ];

    private static readonly string?[] ZoneLabels = ["z1", "z2", "z3", "z4", "z5", "z6", null, "daniels_t"];

    private static Gen<PaceRange?> PaceGen(Pace threshold) => Gen.OneOf(
        Gen.Constant<PaceRange?>(null),
        Gen.Elements(Enum.GetValues<Intensity>()).Select(i => (PaceRange?)new PaceBook(threshold, null).Range(i)),
        Gen.Choose(150, 700).SelectMany(fast => Gen.Choose(0, 40).Select(w => (PaceRange?)new PaceRange(new Pace(fast), new Pace(fast + w)))));

    private static Gen<SessionStep> LeafGen(Pace threshold) =>
        from kind in Gen.Elements(StepKind.WarmUp, StepKind.Active, StepKind.Recovery, StepKind.CoolDown)
        from byDistance in Gen.Elements(true, false)
        from size in Gen.Choose(1, 120)
        from pace in PaceGen(threshold)
        from zone in Gen.Elements(ZoneLabels)
        select new SessionStep(kind, byDistance ? size * 200.0 : null, byDistance ? null : size * 60.0, pace, zone, "step");

    private static Gen<SessionStep> StepGen(Pace threshold) => Gen.OneOf(
        LeafGen(threshold),
        from times in Gen.Choose(1, 10)
        from children in Gen.ListOf(LeafGen(threshold)).Select(l => l.Take(2).ToArray())
        select SessionStep.Repeat(times, "repeat", children));

    internal static Gen<PlannedSession> SessionGen(Pace threshold, DateOnly date) =>
        from type in Gen.Elements(Enum.GetValues<SessionType>())
        from steps in Gen.ListOf(StepGen(threshold)).Select(l => l.Take(4).ToArray())
        from zone in Gen.Elements(ZoneLabels)
        select SessionKit.Make(date, type, steps, zone, "generated");

    private static readonly Arbitrary<(PlannedSession Original, string Reason, AdjusterContext Context)> Cases = (
        from thresholdS in Gen.Choose(200, 400)
        let threshold = new Pace(thresholdS)
        from vdot in Gen.OneOf(Gen.Constant<double?>(null), Gen.Choose(30, 70).Select(v => (double?)v))
        from original in SessionGen(threshold, Day)
        from before in SessionGen(threshold, Day.AddDays(-1))
        from after in SessionGen(threshold, Day.AddDays(1))
        from twoAfter in SessionGen(threshold, Day.AddDays(2))
        from mask in Gen.Choose(0, 7)
        let neighbours = new[] { before, after, twoAfter }.Where((_, i) => (mask >> i & 1) == 1)
        from reason in Gen.Elements(Reasons)
        from sites in Gen.SubListOf(new[] { "achilles", "calf", "knee" })
        select (original, reason, new AdjusterContext(threshold, vdot, [.. neighbours], [.. sites]))).ToArbitrary();

    [Fact]
    public void Propose_AnySessionAndReason_ReplacementIsNeverHarder()
    {
        Prop.ForAll(Cases, c =>
        {
            var replacement = SessionAdjuster.Propose(c.Original, c.Reason, c.Context).Replacement;
            var before = NeverHarderMeasures.Of(c.Original, c.Context.ThresholdPace);
            var after = NeverHarderMeasures.Of(replacement, c.Context.ThresholdPace);
            var paceOk = after.HardestPace is not { } a
                || before.HardestPace is { } b && a.SecondsPerKilometer >= b.SecondsPerKilometer - 1e-6;
            return after.Load <= before.Load + 1e-6
                && paceOk
                && after.TopZone <= before.TopZone
                && after.HardSeconds <= before.HardSeconds + 1e-6
                && (!replacement.Hard || c.Original.Hard && !c.Context.NextToHardDay(Day))
                && replacement.Date == Day;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Propose_AnySessionAndReason_PassesTheNeverHarderCheck()
    {
        Prop.ForAll(Cases, c =>
        {
            var adjustment = SessionAdjuster.Propose(c.Original, c.Reason, c.Context);
            return NeverHarder.Check(c.Original, adjustment.Replacement, c.Context.ThresholdPace).Passed;
        }).QuickCheckThrowOnFailure();
    }
}
