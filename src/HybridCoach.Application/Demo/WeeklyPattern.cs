namespace HybridCoach.Application.Demo;

/// <summary>The sessions of one week of a given kind; distances vary a little at random.</summary>
public sealed class WeeklyPattern(Random random, int week, DateOnly monday)
{
    private const double FirstLongRunKm = 14, LongRunGrowthKmPerWeek = 0.5, LongestRunKm = 26;
    private const double RecoveryWeekFactor = 0.6;

    public IReadOnlyList<PlannedSession> Sessions(WeekKind kind) => kind switch
    {
        WeekKind.Recovery =>
        [
            Run(1, DemoSessionKind.EasyRun, SessionWorkouts.Continuous(Km(6, 7), SessionWorkouts.EasyPaceSPerKm)),
            Run(2, DemoSessionKind.RecoveryRun, SessionWorkouts.Continuous(Km(5, 6), SessionWorkouts.RecoveryPaceSPerKm)),
            Run(3, DemoSessionKind.TempoRun, SessionWorkouts.Tempo(3)),
            Run(5, DemoSessionKind.Ride, SessionWorkouts.Ride(Km(30, 40))),
            Run(6, DemoSessionKind.LongRun, SessionWorkouts.Continuous(Round(LongRunKm() * RecoveryWeekFactor), SessionWorkouts.LongPaceSPerKm)),
        ],
        WeekKind.Race =>
        [
            Run(1, DemoSessionKind.Intervals, SessionWorkouts.Intervals(IntervalVariant.TenBy400)),
            Run(2, DemoSessionKind.EasyRun, SessionWorkouts.Continuous(8, SessionWorkouts.EasyPaceSPerKm)),
            Run(3, DemoSessionKind.EasyRun, SessionWorkouts.Continuous(6, SessionWorkouts.EasyPaceSPerKm)),
            Run(5, DemoSessionKind.RecoveryRun, SessionWorkouts.Continuous(4.5, SessionWorkouts.RecoveryPaceSPerKm)),
            new PlannedSession(monday.AddDays(6), new TimeOnly(10, 0), DemoSessionKind.Race10K, SessionWorkouts.Race10K()),
        ],
        WeekKind.AfterRace =>
        [
            Run(1, DemoSessionKind.RecoveryRun, SessionWorkouts.Continuous(6, SessionWorkouts.RecoveryPaceSPerKm)),
            Run(2, DemoSessionKind.EasyRun, SessionWorkouts.Continuous(Km(7, 9), SessionWorkouts.EasyPaceSPerKm)),
            Run(3, DemoSessionKind.EasyRun, SessionWorkouts.Continuous(Km(8, 10), SessionWorkouts.EasyPaceSPerKm)),
            Run(5, DemoSessionKind.EasyRun, SessionWorkouts.Continuous(Km(7, 9), SessionWorkouts.EasyPaceSPerKm)),
            Run(6, DemoSessionKind.LongRun, SessionWorkouts.Continuous(14, SessionWorkouts.LongPaceSPerKm)),
        ],
        _ =>
        [
            Run(1, DemoSessionKind.Intervals, SessionWorkouts.Intervals((IntervalVariant)(week % 3))),
            Run(2, DemoSessionKind.EasyRun, SessionWorkouts.Continuous(Km(9, 12), SessionWorkouts.EasyPaceSPerKm)),
            Run(3, DemoSessionKind.TempoRun, SessionWorkouts.Tempo(5 + Math.Min(week / 4, 3))),
            Run(4, DemoSessionKind.RecoveryRun, SessionWorkouts.Continuous(Km(5, 6.5), SessionWorkouts.RecoveryPaceSPerKm)),
            Saturday(),
            Run(6, DemoSessionKind.LongRun, SessionWorkouts.Continuous(LongRunKm(), SessionWorkouts.LongPaceSPerKm)),
        ],
    };

    /// <summary>A ride in the second week of each 4-week block, otherwise an easy run (recovery weeks ride too).</summary>
    private PlannedSession Saturday() => week % 4 == 1
        ? Run(5, DemoSessionKind.Ride, SessionWorkouts.Ride(Km(30, 45)))
        : Run(5, DemoSessionKind.EasyRun, SessionWorkouts.Continuous(Km(7, 9), SessionWorkouts.EasyPaceSPerKm));

    private double LongRunKm() => Math.Min(LongestRunKm, FirstLongRunKm + LongRunGrowthKmPerWeek * week);

    private PlannedSession Run(int dayAfterMonday, DemoSessionKind kind, IReadOnlyList<WorkoutSegment> segments) =>
        new(monday.AddDays(dayAfterMonday), StartTime(dayAfterMonday), kind, segments);

    /// <summary>Weekdays before work (06:15-07:15) or after it (18:00-19:00); weekends 08:00-09:45.</summary>
    private TimeOnly StartTime(int dayAfterMonday)
    {
        var fiveMinuteSteps = random.Next(13);
        if (dayAfterMonday >= 5) return new TimeOnly(8, 0).AddMinutes(5 * random.Next(22));
        return random.Next(2) == 0 ? new TimeOnly(6, 15).AddMinutes(5 * fiveMinuteSteps) : new TimeOnly(18, 0).AddMinutes(5 * fiveMinuteSteps);
    }

    private double Km(double min, double max) => Round(random.NextBetween(min, max));

    private static double Round(double km) => Math.Round(km * 2) / 2;
}
