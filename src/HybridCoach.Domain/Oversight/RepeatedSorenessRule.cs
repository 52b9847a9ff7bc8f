using System.Text.RegularExpressions;
using HybridCoach.Domain.Athletes;

namespace HybridCoach.Domain.Oversight;

/// <summary>
/// <c>repeated_soreness</c>, urgency 3, either of:
/// <see cref="EscalationSettings.SorenessCheckIns"/> (3) check-ins in a row (consecutive weeks) each reporting a
/// niggle of severity ≥ <see cref="EscalationSettings.MinNiggleSeverity"/> or soreness in the notes, the last inside
/// the event lookback; or daily soreness ≥ <see cref="EscalationSettings.SorenessSignalMin"/> (5/10, overall or at a
/// site) in each of the last <see cref="EscalationSettings.SorenessWeeks"/> (3) weeks. Soreness that keeps coming back
/// is the early sign that load outruns recovery; self-reported measures track that better than objective ones
/// (Saw, Main &amp; Gastin 2016, Br J Sports Med 50:281–291). Counts and lines are product rules.
/// </summary>
public static partial class RepeatedSorenessRule
{
    public static IEnumerable<Escalation> Detect(EscalationInput input)
    {
        var evidence = new List<string>();
        DateOnly? date = null;
        if (CheckInStreak(input) is { Count: > 0 } streak)
        {
            evidence.AddRange(streak.Select(c => $"{EscalationText.Day(c.WeekStart)} check-in: {Complaint(c, input.Settings)}"));
            date = streak[^1].WeekStart;
        }
        if (SoreWeeks(input) is { Count: > 0 } days)
        {
            evidence.AddRange(days.Select(d => $"{EscalationText.Day(d.Date)}: soreness {Worst(d).Text}"));
            date = date is { } c && c > days[^1].Date ? c : days[^1].Date;
        }
        if (date is { } when)
        {
            yield return EscalationDetector.Make(EscalationKind.RepeatedSoreness, when,
                "Soreness or niggles keep coming back: review the load and consider a physio check.", evidence);
        }
    }

    private static List<CheckIn> CheckInStreak(EscalationInput input)
    {
        var s = input.Settings;
        List<CheckIn> run = [], latest = [];
        foreach (var checkIn in input.CheckIns)
        {
            if (!Sore(checkIn, s)) { run = []; continue; }
            if (run.Count > 0 && checkIn.WeekStart.DayNumber - run[^1].WeekStart.DayNumber != 7) run = [];
            run.Add(checkIn);
            if (run.Count >= s.SorenessCheckIns) latest = [.. run];
        }
        return latest.Count > 0 && input.IsRecent(latest[^1]) ? latest : [];
    }

    private static List<RecoverySignals> SoreWeeks(EscalationInput input)
    {
        var s = input.Settings;
        var found = new List<RecoverySignals>();
        for (var week = s.SorenessWeeks - 1; week >= 0; week--)
        {
            var end = input.AsOf.DayNumber - 7 * week;
            var sore = input.Signals.Where(x => x.Date.DayNumber <= end && x.Date.DayNumber > end - 7 && Worst(x).Value >= s.SorenessSignalMin)
                .OrderByDescending(x => Worst(x).Value).ThenBy(x => x.Date).FirstOrDefault();
            if (sore is null) return [];
            found.Add(sore);
        }
        return found;
    }

    private static bool Sore(CheckIn c, EscalationSettings s) =>
        c.Niggles.Any(n => n.Severity >= s.MinNiggleSeverity) || PhraseMatcher.Contains(c.Notes, SoreWords());

    private static string Complaint(CheckIn c, EscalationSettings s) =>
        c.Niggles.Any(n => n.Severity >= s.MinNiggleSeverity) ? EscalationText.Niggles(c) : "soreness in the notes";

    private static (int Value, string Text) Worst(RecoverySignals day)
    {
        var site = day.SorenessBySite.OrderByDescending(p => p.Value).Select(p => (KeyValuePair<string, int>?)p).FirstOrDefault();
        var overall = day.Soreness ?? -1;
        return site is { } p && p.Value > overall ? (p.Value, $"{p.Value}/10 at the {p.Key}") : (overall, $"{overall}/10 overall");
    }

    [GeneratedRegex(@"\b(sore|soreness|aching|achy|niggle\w*|tender)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SoreWords();
}
