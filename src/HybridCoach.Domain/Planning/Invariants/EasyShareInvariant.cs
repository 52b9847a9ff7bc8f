using HybridCoach.Domain.Performance;
using static HybridCoach.Domain.Planning.Invariants.PlanMeasures;

namespace HybridCoach.Domain.Planning.Invariants;

/// <summary>
/// <c>easy_share</c>: across the base, build and sharpen phases, at least <see cref="MinimumEasyShare"/> of the
/// planned running time is easy (split by <see cref="EasyTime"/>). Well-trained endurance athletes do about 80 %
/// of their sessions/time at low intensity (Seiler 2010, IJSPP 5:276), and a polarised mix beat threshold- or
/// volume-heavy ones (Stöggl &amp; Sperlich 2014, Front Physiol 5:33). The aim is ≈ 80 %; the default minimum
/// of 75 % leaves room for races and strides without flagging a sound plan.
/// </summary>
public sealed class EasyShareInvariant(double minimumEasyShare = EasyShareInvariant.DefaultMinimumEasyShare) : IPlanInvariant
{
    public const double DefaultMinimumEasyShare = 0.75;

    public double MinimumEasyShare { get; } = minimumEasyShare is > 0 and <= 1 ? minimumEasyShare
        : throw new ArgumentException($"minimum easy share {minimumEasyShare}: expected more than 0 and at most 1");

    public string Id => "easy_share";

    public IEnumerable<PlanViolation> Check(SeasonPlan plan, PlanRequest request)
    {
        var cycles = plan.Microcycles.Where(c => IsTrainingPhase(c.Phase)).ToList();
        var zones = request.Fitness.ThresholdPace.SecondsPerKilometer is > 0 and < double.PositiveInfinity
            ? PaceZones.FromThreshold(request.Fitness.ThresholdPace) : null;
        double easy = 0, total = 0;
        foreach (var session in cycles.SelectMany(c => c.Days).Where(d => d.Type.IsRunning()))
        {
            var (easyS, totalS) = EasyTime.Of(session, zones);
            easy += easyS;
            total += totalS;
        }
        if (total <= 0) yield break;
        var share = easy / total;
        if (share >= MinimumEasyShare - ShareTolerance) yield break;
        yield return new PlanViolation(Id, null, cycles[0].Start,
            $"microcycles {cycles[0].Index}–{cycles[^1].Index} (base, build, sharpen): {Percent(share)} of "
            + $"{total / 3600:0.0} h running is easy; at least {Percent(MinimumEasyShare)} required (aim ≈ 80 %)");
    }
}
