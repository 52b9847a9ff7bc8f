using HybridCoach.Domain.Units;
using static HybridCoach.Domain.Planning.Invariants.PlanMeasures;

namespace HybridCoach.Domain.Planning.Invariants;

/// <summary>
/// <c>race_eve</c>: the day before every race (goal and others, and any race session in the plan) is rest or a
/// shakeout: an easy, recovery, run-walk or strides run of at most 30 minutes. Pfitzinger &amp; Douglas
/// (<i>Advanced Marathoning</i>, taper schedules) and Daniels put a rest day or a short easy run with a few strides
/// the day before a race; strength or cross-training is neither.
/// </summary>
public sealed class RaceEveInvariant : IPlanInvariant
{
    public const double ShakeoutMaxDurationS = 30 * 60;

    private static readonly SessionType[] ShakeoutTypes = [SessionType.Easy, SessionType.Recovery, SessionType.RunWalk, SessionType.Strides];

    public string Id => "race_eve";

    public IEnumerable<PlanViolation> Check(SeasonPlan plan, PlanRequest request)
    {
        var raceDates = PlanRaces.Within(plan, request).Select(r => r.Date)
            .Concat(plan.Sessions.Where(d => d.Type == SessionType.Race).Select(d => d.Date))
            .Distinct().Order();
        foreach (var raceDate in raceDates)
        {
            var eve = raceDate.AddDays(-1);
            if (SessionOn(plan, eve) is not { } session || IsRestOrShakeout(session)) continue;
            yield return new PlanViolation(Id, CycleOn(plan, eve)?.Index, eve,
                $"{Day(eve)}, the day before the race on {Day(raceDate)}: {session.Type.ToId()} of {new Duration(session.DurationS)}; "
                + $"expected rest or a shakeout (easy, at most {new Duration(ShakeoutMaxDurationS)}, not hard)");
        }
    }

    private static bool IsRestOrShakeout(PlannedSession session) =>
        session.Type == SessionType.Rest
        || (ShakeoutTypes.Contains(session.Type) && session.DurationS <= ShakeoutMaxDurationS + 1);
}
