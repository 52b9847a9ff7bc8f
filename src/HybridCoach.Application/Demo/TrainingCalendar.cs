namespace HybridCoach.Application.Demo;

/// <summary>
/// Lays out the synthetic runner's weeks, Monday to Sunday, from the first Monday of the period to
/// today: intervals on Tuesday, easy on Wednesday, tempo on Thursday, recovery on Friday, an easy run
/// (or a ride, in the 2nd and 4th week of each block) on Saturday and a long run on Sunday that grows
/// week by week. Every 4th week is a recovery week (the common 3:1 loading pattern), the week with the
/// 10 km race tapers, the one after recovers, and now and then a session is missed (never leaving fewer
/// than 4 runs in a week).
/// </summary>
public sealed class TrainingCalendar(Random random)
{
    public const int MinRunsPerWeek = 4;
    private const double MissProbability = 0.07;

    public IReadOnlyList<PlannedSession> Plan(DateOnly today, int months)
    {
        var firstMonday = NextMonday(today.AddMonths(-months));
        var raceDay = LastSundayOnOrBefore(today.AddDays(-7));
        var sessions = new List<PlannedSession>();
        var week = 0;
        for (var monday = firstMonday; monday <= today; monday = monday.AddDays(7), week++)
        {
            var kind = WeekKindOf(week, monday, raceDay);
            var planned = new WeeklyPattern(random, week, monday).Sessions(kind);
            sessions.AddRange(DropMissed(planned, kind).Where(s => s.Date <= today));
        }
        return sessions;
    }

    public static DateOnly NextMonday(DateOnly date) => date.AddDays(((int)DayOfWeek.Monday - (int)date.DayOfWeek + 7) % 7);

    public static DateOnly LastSundayOnOrBefore(DateOnly date) => date.AddDays(-(int)date.DayOfWeek);

    /// <summary>Recovery every 4th week (weeks 3, 7, 11 … counting from 0).</summary>
    public static bool IsRecoveryWeek(int week) => week % 4 == 3;

    private static WeekKind WeekKindOf(int week, DateOnly monday, DateOnly raceDay)
    {
        if (raceDay >= monday && raceDay <= monday.AddDays(6)) return WeekKind.Race;
        if (raceDay >= monday.AddDays(-7) && raceDay < monday) return WeekKind.AfterRace;
        return IsRecoveryWeek(week) ? WeekKind.Recovery : WeekKind.Build;
    }

    private List<PlannedSession> DropMissed(IReadOnlyList<PlannedSession> planned, WeekKind kind)
    {
        var kept = planned.ToList();
        foreach (var session in planned)
        {
            var missed = random.NextDouble() < MissProbability;
            if (!missed || session.Kind == DemoSessionKind.Race10K || kind == WeekKind.Race) continue;
            var runsLeft = kept.Count(s => s.Kind.IsRun());
            if (session.Kind.IsRun() && runsLeft <= MinRunsPerWeek) continue;
            kept.Remove(session);
        }
        return kept;
    }
}

/// <summary>What a week is for.</summary>
public enum WeekKind
{
    Build,
    Recovery,
    Race,
    AfterRace,
}
