using HybridCoach.Domain.Planning;

namespace HybridCoach.Domain.Adaptation.Rules;

/// <summary>
/// Recovery microcycles are protected: one never runs more distance, takes more time or holds more hard sessions than before (days may move within it)
/// (product rule: the recovery week is where training is absorbed, science.md §12). A race the athlete added on such
/// a day is the calendar's, not the plan's, and is allowed. Applied by <see cref="PlanAdapter"/> to every attempt.
/// </summary>
public static class RecoveryProtection
{
    public const double ToleranceM = 1;
    public const double ToleranceS = 1;

    public static bool Holds(SeasonPlan original, PlanDraft attempt)
    {
        foreach (var before in original.Microcycles.Where(c => c.Recovery))
        {
            var after = attempt.Cycle(before.Index);
            var training = after.Days.Where(d => d.Type != SessionType.Race).ToList();
            if (SessionScaler.RunningM(training) > SessionScaler.RunningM(before.Days) + ToleranceM) return false;
            if (training.Sum(d => d.DurationS) > before.Days.Sum(d => d.DurationS) + ToleranceS) return false;
            if (training.Count(d => d.Hard) > before.HardSessions) return false;
        }
        return true;
    }
}
