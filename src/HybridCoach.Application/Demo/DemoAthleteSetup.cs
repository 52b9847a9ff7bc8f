using HybridCoach.Application.Athletes;
using HybridCoach.Application.Races;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Demo;

/// <summary>
/// Gives the demo runner what a real athlete tells the coach: a profile matching the synthetic physiology
/// (<see cref="DemoAthleteProfile"/>: resting 48, max 188, threshold pace 4:22/km; LTHR ≈ 88 % of heart-rate
/// reserve ≈ 171), an old calf strain (so the injury-aware guardrails have something to watch), two weeks of
/// morning recovery signals (seeded, so the same seed gives the same mornings), the 10 km race in the history
/// and a half marathon twelve weeks ahead as the goal. Nothing is overwritten if the athlete already exists.
/// </summary>
public sealed class DemoAthleteSetup(IAthleteStore athletes, IRaceCalendar races)
{
    public const int SignalDays = 14;
    public const int GoalRaceWeeksAhead = 12;

    public async Task SeedAsync(DateOnly today, int seed, CancellationToken cancellationToken = default)
    {
        if (await athletes.GetProfileAsync(cancellationToken) is not null) return;
        await athletes.SaveProfileAsync(Profile(today), cancellationToken);
        var random = new Random(seed);
        for (var day = today.AddDays(1 - SignalDays); day <= today; day = day.AddDays(1))
            await athletes.SaveSignalsAsync(Morning(day, random), cancellationToken);
        var pastRace = TrainingCalendar.LastSundayOnOrBefore(today.AddDays(-7));
        await races.AddAsync(new RaceEntry(pastRace, "Demo city 10K", Distance.FromKilometers(10), RacePriority.B), cancellationToken);
        var goal = TrainingCalendar.LastSundayOnOrBefore(today.AddDays(7 * GoalRaceWeeksAhead));
        await races.AddAsync(new RaceEntry(goal, "Demo half marathon", Distance.FromKilometers(21.0975), RacePriority.A), cancellationToken);
    }

    private static AthleteProfile Profile(DateOnly today)
    {
        var physiology = DemoAthleteProfile.Default;
        var calf = new Injury("calf", BodySide.Left, today.AddYears(-1).AddMonths(-2), 5, "strain, six weeks out");
        DayOfWeek[] available = [DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];
        return new AthleteProfile("Demo Runner", 1988, Sex.Male, physiology.BodyMassKg, (int)physiology.MaxHeartRateBpm,
            (int)physiology.RestingHeartRateBpm, 171, Math.Round(1000 / physiology.ThresholdSpeedMps), 6, [calf], available,
            DayOfWeek.Sunday, [DayOfWeek.Monday], DistanceUnit.Kilometers);
    }

    /// <summary>An ordinary morning: resting HR 46–50, rMSSD 58–72 ms, 6.5–8.3 h of sleep, mild soreness.</summary>
    private static RecoverySignals Morning(DateOnly day, Random random)
    {
        var calf = random.Next(0, 3);
        var sites = calf > 0 ? new Dictionary<string, int> { ["calf"] = calf } : new Dictionary<string, int>();
        return new RecoverySignals(day, 46 + random.Next(0, 5), 58 + random.Next(0, 15), Math.Round(6.5 + random.NextDouble() * 1.8, 1),
            random.Next(3, 6), random.Next(1, 4), sites, false, null, Illness.None, random.Next(1, 4), random.Next(3, 6), null);
    }
}
