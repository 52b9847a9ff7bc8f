using HybridCoach.Domain.Racing;

namespace HybridCoach.Domain.Planning;

/// <summary>
/// First pass over a microcycle: days not available or kept clear; race days; the day before any race (rest, or a
/// shakeout of ≤ 30 min for B/C races; a full rest day before the A race, as in the seed plan doc); the 2 days
/// before that for B races (the mini-taper: 3 lighter days, nothing hard — Friel's B-race "mini-taper"); the day
/// after a race (rest or recovery).
/// </summary>
public static class DayRoles
{
    public const int MiniTaperDays = 3;

    public static DayRole[] Reserve(PlanContext context, CycleFrame frame)
    {
        var roles = new DayRole[frame.LengthDays];
        for (var i = 0; i < roles.Length; i++)
        {
            var day = frame.Start.AddDays(i);
            roles[i] = Role(context, day);
        }
        return roles;
    }

    private static DayRole Role(PlanContext context, DateOnly day)
    {
        if (context.RaceOn(day) is not null) return DayRole.Race;
        if (context.RaceOn(day.AddDays(1)) is not null) return DayRole.RaceEve;
        if (context.RaceOn(day.AddDays(-1)) is not null) return DayRole.AfterRace;
        for (var back = 2; back <= RestAfter(context.Request.GoalRace.Distance.Meters); back++)
            if (context.RaceOn(day.AddDays(-back)) is { Priority: RacePriority.A }) return DayRole.AfterRace;
        for (var ahead = 2; ahead <= MiniTaperDays; ahead++)
        {
            if (context.RaceOn(day.AddDays(ahead)) is { Priority: RacePriority.B }) return context.Available(day) ? DayRole.MiniTaper : DayRole.Unavailable;
        }
        return context.Available(day) ? DayRole.Free : DayRole.Unavailable;
    }

    /// <summary>Rest days after the A race: 2, or 3 from the marathon up (product rule; the seed doc's post-race recovery).</summary>
    public static int RestAfter(double raceDistanceM) => raceDistanceM >= 42_000 ? 3 : 2;

    /// <summary>Hard on this date: a race (quality days are marked by the builder).</summary>
    public static bool IsRace(PlanContext context, DateOnly day) => context.RaceOn(day) is not null;
}
