using System.Globalization;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Domain.Adaptation;

/// <summary>The status of one planned session from the activities <see cref="PlanMatcher"/> gave it (rules in <see cref="ActivityMatching"/>).</summary>
public static class SessionMatching
{
    public static SessionMatch Of(PlannedSession planned, DateOnly asOf, IReadOnlyList<ActivityFact> matched)
    {
        var ids = matched.Select(a => a.Id).ToList();
        var distance = matched.Where(a => a.IsRun).Sum(a => a.DistanceM);
        var duration = matched.Sum(a => a.DurationS);
        var load = matched.Sum(a => a.Load);
        SessionMatch Result(SessionStatus status, string reason) => new(planned, status, ids, distance, duration, load, reason);
        if (planned.Date > asOf) return Result(SessionStatus.Upcoming, "not yet due");
        if (planned.Type == SessionType.Rest) return Rest(matched, Result);
        if (matched.Count == 0) return Result(SessionStatus.Missed, "nothing recorded for it that day or the day either side");
        var same = matched.Where(a => ActivityMatching.SameKind(planned, a)).ToList();
        if (same.Count == 0)
            return Result(SessionStatus.Replaced, $"{Sports(matched)} instead of the planned {planned.Type.Words()}");
        if (planned.Hard && !same.Any(a => a.Hard))
            return Result(SessionStatus.Replaced, $"an easy {Sports(same)} instead of the planned {planned.Type.Words()}");
        var moved = same.All(a => a.Date != planned.Date) ? $" (moved to {same[0].Date:yyyy-MM-dd})" : "";
        var share = ActivityMatching.ShareDone(planned, same.Where(a => a.IsRun).Sum(a => a.DistanceM), same.Sum(a => a.DurationS));
        var text = string.Create(CultureInfo.InvariantCulture, $"{share * 100:0} % of the planned size{moved}");
        return share >= ActivityMatching.DoneShare - 1e-9
            ? Result(SessionStatus.Done, text)
            : Result(SessionStatus.Partial, text + string.Create(CultureInfo.InvariantCulture, $", under {ActivityMatching.DoneShare * 100:0} %"));
    }

    private static SessionMatch Rest(IReadOnlyList<ActivityFact> matched, Func<SessionStatus, string, SessionMatch> result)
    {
        if (matched.Count == 0) return result(SessionStatus.Rested, "rested");
        var light = matched.All(a => ActivityMatching.IsCrossTraining(a.Sport) && !a.Hard) && matched.Sum(a => a.DurationS) <= ActivityMatching.LightCrossTrainingMaxS;
        return light ? result(SessionStatus.Rested, "rested with light cross-training")
            : result(SessionStatus.Replaced, $"trained on a rest day: {Sports(matched)}");
    }

    private static string Sports(IEnumerable<ActivityFact> activities) =>
        string.Join(" + ", activities.Select(a => a.Sport.ToString().ToLowerInvariant()).Distinct());
}
