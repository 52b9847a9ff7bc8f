using System.Globalization;

namespace HybridCoach.Domain.Oversight;

/// <summary>
/// <c>resting_hr_anomaly</c>: a morning resting HR at least <see cref="EscalationSettings.RestingHrHighRiseBpm"/>
/// (10) bpm over the athlete's baseline, or at least <see cref="EscalationSettings.RestingHrRiseBpm"/> (5) bpm over it
/// on <see cref="EscalationSettings.RestingHrRiseDays"/> (3) days running, on a day of the signal lookback → urgency 2.
/// Baseline: the mean of the readings in the 14 days before the day, at least 5 of them (as the
/// <c>resting_hr_elevated</c> guardrail). A raised morning HR is a classic, noisy, sign of incomplete recovery,
/// illness or overreaching (Achten &amp; Jeukendrup 2003, Sports Med 33:517–538); the 5/10 bpm lines are coaching
/// convention above the day-to-day noise, the 3 days a product rule.
/// </summary>
public static class RestingHrAnomalyRule
{
    public static IEnumerable<Escalation> Detect(EscalationInput input)
    {
        var s = input.Settings;
        var rises = Rises(input);
        for (var day = input.AsOf; day.DayNumber > input.AsOf.DayNumber - s.SignalLookbackDays; day = day.AddDays(-1))
        {
            if (!rises.TryGetValue(day, out var today)) continue;
            if (today.Rise >= s.RestingHrHighRiseBpm)
            {
                yield return EscalationDetector.Make(EscalationKind.RestingHrAnomaly, day,
                    Text($"Resting HR {today.Hr} bpm, {today.Rise:+0.0} bpm over baseline (≥ +{s.RestingHrHighRiseBpm:0.#}): check for illness or overreaching."),
                    [Line(day, today)]);
                yield break;
            }
            var run = Enumerable.Range(0, s.RestingHrRiseDays).Select(i => day.AddDays(-i)).ToArray();
            if (run.All(d => rises.TryGetValue(d, out var r) && r.Rise >= s.RestingHrRiseBpm))
            {
                yield return EscalationDetector.Make(EscalationKind.RestingHrAnomaly, day,
                    Text($"Resting HR at least {s.RestingHrRiseBpm:0.#} bpm over baseline on {s.RestingHrRiseDays} days running: check for illness or overreaching."),
                    [.. run.Reverse().Select(d => Line(d, rises[d]))]);
                yield break;
            }
        }
    }

    private static Dictionary<DateOnly, (int Hr, double Baseline, int Readings, double Rise)> Rises(EscalationInput input)
    {
        var s = input.Settings;
        var readings = input.Signals.Where(x => x.RestingHrBpm is not null).ToDictionary(x => x.Date, x => x.RestingHrBpm!.Value);
        var from = input.AsOf.AddDays(-(s.SignalLookbackDays + s.RestingHrRiseDays));
        var result = new Dictionary<DateOnly, (int, double, int, double)>();
        foreach (var (date, hr) in readings.Where(r => r.Key >= from))
        {
            var baseline = readings.Where(r => r.Key < date && r.Key.DayNumber >= date.DayNumber - s.RestingHrBaselineDays).Select(r => r.Value).ToList();
            if (baseline.Count < s.RestingHrMinBaselineReadings) continue;
            var mean = baseline.Average();
            result[date] = (hr, mean, baseline.Count, hr - mean);
        }
        return result;
    }

    private static string Line(DateOnly day, (int Hr, double Baseline, int Readings, double Rise) r) =>
        Text($"{EscalationText.Day(day)}: resting HR {r.Hr} bpm, {r.Rise:+0.0;-0.0} bpm over the baseline of {r.Baseline:0.0} bpm ({r.Readings} mornings)");

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
