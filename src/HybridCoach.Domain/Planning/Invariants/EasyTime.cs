using HybridCoach.Domain.Load;
using HybridCoach.Domain.Performance;

namespace HybridCoach.Domain.Planning.Invariants;

/// <summary>
/// Splits a running session's time into easy and not easy, as Seiler's zone 1 (below the first threshold): a step
/// is easy when its zone is z1/z2 (Skiba's zones below 87 % of threshold speed, see <see cref="IntensityBands"/>)
/// or Daniels' E (<c>daniels_e</c>), when it is a recovery jog/walk, or when it names no zone and its pace band's
/// middle lies in an easy zone; an unzoned, unpaced warm-up/cool-down or a step of a non-hard session is easy.
/// Sessions without steps (or with a step that cannot be timed) count whole: easy unless the type is hard.
/// </summary>
public static class EasyTime
{
    private static readonly HashSet<string> EasyZoneIds = new(StringComparer.OrdinalIgnoreCase) { "z1", "z2", "daniels_e" };

    public static (double EasyS, double TotalS) Of(PlannedSession session, IReadOnlyList<PaceZone>? zones)
    {
        var wholeS = PlanMeasures.Finite(Math.Max(session.DurationS, 0));
        if (session.Steps.Count == 0 || StepMeasures.Total(session.Steps, StepMeasures.Seconds) is null)
            return (session.Hard ? 0 : wholeS, wholeS);
        double easy = 0, total = 0;
        foreach (var (step, times) in StepMeasures.Leaves(session.Steps))
        {
            var seconds = Math.Max(StepMeasures.Seconds(step)!.Value, 0) * times;
            total += seconds;
            if (IsEasy(step, session, zones)) easy += seconds;
        }
        return (easy, total);
    }

    private static bool IsEasy(SessionStep step, PlannedSession session, IReadOnlyList<PaceZone>? zones)
    {
        if (step.Kind == StepKind.Recovery) return true;
        if (step.ZoneId is { } zoneId) return EasyZoneIds.Contains(zoneId.Trim());
        if (step.Pace is { } pace && zones is not null)
            return zones.FirstOrDefault(z => z.Contains(pace.Mid)) is { } zone && IntensityBands.Of(zone) == IntensityBand.Easy;
        return step.Kind is StepKind.WarmUp or StepKind.CoolDown || !session.Hard;
    }
}
