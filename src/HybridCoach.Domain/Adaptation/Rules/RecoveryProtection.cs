using HybridCoach.Domain.Planning;

namespace HybridCoach.Domain.Adaptation.Rules;

/// <summary>
/// Recovery microcycles are protected: no day in one may become longer (distance or time) or hard where it was not
/// (product rule: the recovery week is where training is absorbed, science.md §12). A race the athlete added on such
/// a day is the calendar's, not the plan's, and is allowed. Applied by <see cref="PlanAdapter"/> to every attempt.
/// </summary>
public static class RecoveryProtection
{
    public const double ToleranceM = 1;
    public const double ToleranceS = 1;

    public static bool Holds(SeasonPlan original, PlanDraft attempt)
    {
        foreach (var cycle in original.Microcycles.Where(c => c.Recovery))
            foreach (var before in cycle.Days)
            {
                if (attempt.On(before.Date) is not { } after || ReferenceEquals(after, before) || after.Type == SessionType.Race) continue;
                if (after.DistanceM > before.DistanceM + ToleranceM || after.DurationS > before.DurationS + ToleranceS) return false;
                if (after.Hard && !before.Hard) return false;
            }
        return true;
    }
}
