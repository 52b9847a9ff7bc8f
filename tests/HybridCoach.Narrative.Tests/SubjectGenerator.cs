using HybridCoach.Application.Narration;

namespace HybridCoach.Narrative.Tests;

/// <summary>
/// Many subjects from a seeded generator (reproducible): edge cases included on purpose — no activities, no running,
/// no week before, no plan, no check-in, no load, missed key sessions, alerts and plan changes, no week ahead, rest,
/// strength and hard sessions, changes adding, removing and moving sessions, every escalation kind.
/// </summary>
public sealed class SubjectGenerator(int seed)
{
    private static readonly string[] Hard = ["tempo", "cruise_intervals", "vo2_intervals", "hills", "fartlek", "race_pace"];
    private static readonly string[] Kinds = ["softened", "moved", "swapped_for_cross_training", "shortened", "lengthened", "removed", "added", "recalibrated", "tapered"];
    private readonly Random _random = new(seed);

    private int Int(int min, int max) => _random.Next(min, max + 1);
    private bool Chance(double p) => _random.NextDouble() < p;
    private double Metres(int minKm, int maxKm) => Math.Round((_random.NextDouble() * (maxKm - minKm) + minKm) * 100) * 10;
    private T Of<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public SessionLine Session(DateOnly date)
    {
        var pick = Int(0, 9);
        if (pick == 0) return SubjectFixtures.Rest(date);
        if (pick == 1) return new SessionLine(date, "strength", "Strength & conditioning", false, 0, 2_400, null, "Strength for the hips and calves.", ["Active 40 min"]);
        if (pick <= 4)
        {
            var type = Of(Hard);
            var reps = Int(3, 6);
            var title = $"{char.ToUpperInvariant(type[0])}{type[1..].Replace('_', ' ')} {Metres(7, 14) / 1000:0.#} km";
            return new SessionLine(date, type, title, true, Metres(7, 14), 3_600, $"z{Int(3, 5)}", "Quality work at a controlled, even effort.",
                ["Warm-up 15 min at 5:40–6:10/km (z2)", $"{reps} × (Active {Int(2, 6)} min at 4:{Int(10, 40)}–4:{Int(41, 55)}/km (z{Int(4, 5)}); Recovery 2 min at 6:00–6:30/km (z1))", "Cool-down 10 min at 5:40–6:10/km (z2)"]);
        }
        return pick <= 7 ? SubjectFixtures.Easy(date, Metres(4, 12)) : SubjectFixtures.Long(date, Metres(14, 32));
    }

    private WeekTraining Training()
    {
        var activities = Chance(0.15) ? 0 : Int(1, 9);
        var runs = activities == 0 || Chance(0.1) ? 0 : Int(1, activities);
        var run = runs == 0 ? 0 : Metres(runs * 4, runs * 15);
        return new WeekTraining(activities, runs, run + (activities - runs) * Metres(0, 40), run, run * 0.36 + 1_800 * (activities - runs), Int(0, runs),
            runs == 0 ? 0 : Math.Min(run, Metres(5, 32)), runs == 0 ? null : _random.Next(40, 100));
    }

    public WeeklyReview Week()
    {
        var start = new DateOnly(2026, 1, 5).AddDays(7 * Int(0, 50));
        var actual = Training();
        var plan = Chance(0.3) ? null : new WeekPlanCompliance(Int(0, 7), Int(0, 5), Int(0, 2), Int(0, 3), Int(0, 2), Metres(0, 80),
            Chance(0.4) ? [.. Enumerable.Range(0, Int(1, 3)).Select(_ => Session(start).Title)] : []);
        var checkIn = Chance(0.3) ? null : new CheckInLine(Int(1, 10), Int(1, 10), Chance(0.5) ? new[] { "calf left 3/10", "knee right 2/10" }[..Int(1, 2)] : [],
            Chance(0.5) ? SubjectFixtures.InjectedNote : null, Chance(0.3) ? "Can I race 10 km on Saturday?" : null);
        var wellbeing = new WeekWellbeing(checkIn, Int(0, 7), Int(0, 4), Chance(0.5) ? 6 + _random.NextDouble() * 2 : null, Chance(0.7) ? Int(0, 9) : null, Int(0, 2), Int(0, 2));
        var load = Chance(0.3) ? null : new LoadTrend(_random.Next(10, 90), _random.Next(10, 90), Chance(0.8) ? 0.6 + _random.NextDouble() : null, _random.Next(-30, 20));
        var ahead = Chance(0.2) ? null : new WeekAhead(start.AddDays(7), Of(["base", "build", "sharpen", "taper"]), Of(["aerobic base", "threshold", "race pace"]),
            Chance(0.3), Metres(10, 90), [.. Enumerable.Range(7, 7).Select(d => Session(start.AddDays(d)))],
            Chance(0.5) ? "City Half Marathon" : null, Chance(0.5) ? start.AddDays(Int(8, 90)) : null, Chance(0.5) ? 21_097.5 : null);
        return new WeeklyReview(start, actual, Chance(0.2) ? new WeekTraining(0, 0, 0, 0, 0, 0, 0, null) : Training(), plan, wellbeing, load,
            [.. Enumerable.Range(0, Int(0, 3)).Select(i => $"plan version {i + 2}: {Int(1, 4)} days changed")],
            [.. Enumerable.Range(0, Int(0, 2)).Select(i => $"e{i + 1} repeated_soreness")], ahead)
        {
            PendingChanges = [.. Enumerable.Range(0, Int(0, 2)).Select(i => $"p{i + 1} waiting (coach_approval): {Int(1, 9)} day(s) to change")],
        };
    }

    public SessionBrief SessionNote()
    {
        var date = new DateOnly(2026, 3, 2).AddDays(Int(0, 200));
        return new SessionBrief(Session(date), Of(["base", "build", "sharpen", "taper"]), Of(["aerobic base", "threshold", "speed"]), Chance(0.3),
            Chance(0.6) ? "Spring Marathon" : null, Chance(0.5) ? 42_195 : null, Chance(0.6) ? Int(1, 120) : null);
    }

    public PlanChangeBrief Change()
    {
        var date = new DateOnly(2026, 4, 6).AddDays(Int(0, 100));
        var lines = Enumerable.Range(1, Int(0, 6)).Select(d =>
        {
            var kind = Of(Kinds);
            var before = kind == "added" ? null : Session(date.AddDays(d));
            var after = kind == "removed" ? null : kind == "softened" ? SubjectFixtures.Easy(date.AddDays(d), Metres(5, 10)) : Session(date.AddDays(d));
            return new ChangeLine(date.AddDays(d), kind, before, after, Of(["calf: tempo → easy (no intensity until it clears)", "travel week: one hard session only; tempo → easy",
                $"not available on {date.AddDays(d):yyyy-MM-dd}: tempo moved to {date.AddDays(d + 1):yyyy-MM-dd}", "travel week: runs 20 % shorter", "City 10K added at the check-in"]));
        }).ToList();
        var route = Of(["auto_apply", "suggest_to_athlete", "coach_approval"]);
        return new PlanChangeBrief(date, Of(["checkin", "adjust", "restore", "diff"]), route, Of(["", "a key session is softened", "more than 2 days change", "hard session added"]),
            Int(1, 5), route == "auto_apply" ? Int(6, 9) : null, route == "auto_apply" ? null : Int(1, 20), lines, Metres(0, 60), Metres(0, 60),
            Chance(0.8) ? _random.Next(-40, 30) + _random.NextDouble() : null);
    }

    public EscalationBrief Escalation() => Of<Func<EscalationBrief>>([
        () => SubjectFixtures.MissedKeySessions,
        () => SubjectFixtures.RedFlag,
        () => new EscalationBrief("Ben", "e9", "resting_hr_anomaly", 2, new DateOnly(2026, 5, 4), "Resting HR 62 bpm, +9.0 bpm over baseline (≥ +8): check for illness or overreaching.",
            ["2026-05-04: resting HR 62 bpm, +9.0 bpm over the 14-day baseline of 53.0 bpm"], []),
        () => new EscalationBrief("Ben", "e10", "missed_key_sessions", 3, new DateOnly(2026, 5, 10), "3 key sessions missed in a row (tempo, vo2_intervals, long): ask what is getting in the way.",
            ["2026-05-05 tempo: missed (no activity)", "2026-05-07 vo2_intervals: missed (an easy ride instead of the planned vo2_intervals)", "2026-05-10 long: missed (no activity)"], []),
        () => new EscalationBrief("Cleo", "e11", "falling_motivation", 3, new DateOnly(2026, 6, 1), "Motivation falling (0.50 points a week, now 2/5): talk with the athlete.",
            ["2026-05-04 to 2026-06-01: motivation 4, 4, 3, 3, 2 (5 readings)"], []),
    ])();
}
