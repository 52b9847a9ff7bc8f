using System.Globalization;
using HybridCoach.Domain.Load;

namespace HybridCoach.Domain.Oversight;

/// <summary>
/// <c>falling_motivation</c>, urgency 4: over the last <see cref="EscalationSettings.MotivationWindowDays"/> (28) days,
/// at least <see cref="EscalationSettings.MotivationMinReadings"/> (6) motivation readings (1–5) spanning
/// <see cref="EscalationSettings.MotivationMinSpanDays"/> (14) days, whose least-squares slope is at most
/// <see cref="EscalationSettings.MotivationSlopePerWeek"/> (−0.5 points per week, i.e. two points over four weeks) and
/// whose latest reading is at most <see cref="EscalationSettings.MotivationMaxLatest"/> (3). Falling motivation is one of
/// the self-reported signs of an athlete not coping (Saw, Main &amp; Gastin 2016, Br J Sports Med 50:281–291); the
/// lines are product rules. Check-ins carry no motivation score, so only daily signals count.
/// </summary>
public static class FallingMotivationRule
{
    public static IEnumerable<Escalation> Detect(EscalationInput input)
    {
        var s = input.Settings;
        var readings = input.Signals
            .Where(x => x.Motivation is not null && x.Date.DayNumber > input.AsOf.DayNumber - s.MotivationWindowDays).ToList();
        if (readings.Count < s.MotivationMinReadings) yield break;
        var first = readings[0].Date.DayNumber;
        if (readings[^1].Date.DayNumber - first < s.MotivationMinSpanDays) yield break;
        var line = LeastSquaresLine.Fit([.. readings.Select(r => (double)(r.Date.DayNumber - first))], [.. readings.Select(r => (double)r.Motivation!.Value)]);
        if (line is not { } fit) yield break;
        var perWeek = fit.Slope * 7;
        var latest = readings[^1];
        if (perWeek > s.MotivationSlopePerWeek || latest.Motivation > s.MotivationMaxLatest) yield break;
        yield return EscalationDetector.Make(EscalationKind.FallingMotivation, latest.Date,
            Text($"Motivation falling ({perWeek:0.00} points a week, now {latest.Motivation}/5): talk with the athlete."),
            [
                Text($"{EscalationText.Day(readings[0].Date)} to {EscalationText.Day(latest.Date)}: motivation {string.Join(", ", readings.Select(r => r.Motivation))} ({readings.Count} readings)"),
                Text($"least-squares slope {perWeek:0.00} per week (≤ {s.MotivationSlopePerWeek:0.0#}); latest {latest.Motivation}/5 (≤ {s.MotivationMaxLatest})"),
            ]);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
