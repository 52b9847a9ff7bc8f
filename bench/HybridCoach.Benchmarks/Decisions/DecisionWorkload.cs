using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;

namespace HybridCoach.Benchmarks.Decisions;

/// <summary>
/// Deterministic synthetic athletes for the decision benchmarks (athlete i is the same on every machine), and the
/// snapshot the engine reads for a day. A year of training, 2025: about six runs a week of 30–100 min at
/// 4:30–6:30 /km, session-RPE load (minutes × RPE 2–8; RPE ≥ 6 counts as hard), one in eight a cross-training
/// session. Signals for the 60 mornings up to the decided day: resting HR around 48–56 bpm, rMSSD around 40–90 ms,
/// 5–8.5 h of sleep, soreness 0–6, now and then a sore calf, high stress, a cold. A third of the athletes have a
/// calf injury on record and a quarter a 10 km race near the decided day. Ordinary recreational-runner values, so
/// every guardrail has something to look at and the calls vary.
/// </summary>
public static class DecisionWorkload
{
    public static readonly DateOnly FirstDay = new(2025, 1, 1);
    public const int Days = 365;

    /// <summary>The day decided: the day after the year of training.</summary>
    public static DateOnly DecidedDay => FirstDay.AddDays(Days);

    public static DecisionAthlete Athlete(int index)
    {
        var random = new Random(index);
        var loads = new List<DatedLoad>(Days);
        var rpe = new List<int>(Days);
        for (var d = 0; d < Days; d++)
        {
            if (random.Next(7) == 0) continue;
            var day = FirstDay.AddDays(d);
            var timeS = 1800 + random.Next(4200);
            var effort = 2 + random.Next(7);
            var load = timeS / 60.0 * effort;
            rpe.Add(effort);
            if (random.Next(8) == 0) { loads.Add(new DatedLoad(day, load, 0, 0, timeS)); continue; }
            loads.Add(DatedLoad.Run(day, load, timeS * 1000.0 / (270 + random.Next(120)), timeS));
        }
        var signals = new RecoverySignals[DecisionSnapshot.SignalWindowDays];
        for (var s = 0; s < signals.Length; s++) signals[s] = Morning(random, DecidedDay.AddDays(s - signals.Length + 1));
        Injury[] injuries = index % 3 == 0 ? [new Injury("calf", BodySide.Left, new DateOnly(2024, 5, 10), 6, null)] : [];
        RaceEntry[] races = index % 4 == 0 ? [new RaceEntry(DecidedDay.AddDays(random.Next(-12, 6)), "10K", Distance.FromKilometers(10), RacePriority.B)] : [];
        return new DecisionAthlete([.. loads], [.. rpe], signals, injuries, races);
    }

    private static RecoverySignals Morning(Random random, DateOnly date)
    {
        var sites = random.Next(6) == 0 ? new Dictionary<string, int> { ["calf"] = random.Next(1, 6) } : new Dictionary<string, int>();
        var illness = random.Next(60) == 0 ? Illness.AboveNeck : Illness.None;
        return new RecoverySignals(date, 48 + random.Next(9), Math.Exp(4.1 + 0.4 * (random.NextDouble() - 0.5)), 5 + random.Next(8) * 0.5,
            1 + random.Next(5), random.Next(7), sites, false, null, illness, 1 + random.Next(5), 1 + random.Next(5), null);
    }

    /// <summary>
    /// What the engine reads for <paramref name="date"/>: the daily metrics as of the day before (computed over the
    /// whole history), the activities of the 42 days before, the signals of the 60 days up to it, injuries, races.
    /// </summary>
    public static DecisionSnapshot Snapshot(DecisionAthlete athlete, DateOnly date)
    {
        var yesterday = date.AddDays(-1);
        var metrics = DailyMetricsCalculator.Compute(athlete.Loads, yesterday, yesterday, asOf: yesterday)[0];
        var firstActivityDay = date.AddDays(-DecisionSnapshot.ActivityWindowDays);
        var activities = new List<ActivityFact>(DecisionSnapshot.ActivityWindowDays);
        for (var i = 0; i < athlete.Loads.Length; i++)
        {
            var load = athlete.Loads[i];
            if (load.Day < firstActivityDay || load.Day > yesterday) continue;
            var sport = load.RunTimeS > 0 ? Sport.Running : Sport.CrossTraining;
            var hard = HardSessionRule.IsHard(athlete.Rpe[i], null, race: false);
            activities.Add(new ActivityFact(i + 1, load.Day, sport, load.RunDistanceM, load.TimeS, load.Load, hard));
        }
        var firstSignalDay = date.AddDays(1 - DecisionSnapshot.SignalWindowDays);
        var signals = athlete.Signals.Where(s => s.Date >= firstSignalDay && s.Date <= date).ToList();
        var races = athlete.Races.Where(r => r.Date >= date.AddDays(-DecisionSnapshot.RaceLookbackDays)
            && r.Date <= date.AddDays(DecisionSnapshot.RaceLookaheadDays)).ToList();
        return new DecisionSnapshot(date, LoadMeasure.SessionRpe.ToId(), metrics, activities, signals, athlete.Injuries, races,
            new EasyPaceHeartRateFact(0.4, 12));
    }
}
