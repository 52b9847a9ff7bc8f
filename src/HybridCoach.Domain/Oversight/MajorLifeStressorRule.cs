using System.Text.RegularExpressions;

namespace HybridCoach.Domain.Oversight;

/// <summary>
/// <c>major_life_stressor</c>, urgency 4: life stress at or above <see cref="EscalationSettings.LifeStressMin"/> (5/5)
/// on a day of the signal lookback, or a recent check-in or daily note mentioning a major life event (not negated).
/// The events are the top of the Social Readjustment Rating Scale (Holmes &amp; Rahe 1967, J Psychosom Res
/// 11:213–218: death of a spouse or family member, divorce, separation, losing one's job, illness in the family, a
/// new baby, moving house); stress slows recovery from hard training (Stults-Kolehmainen &amp; Bartholomew 2012, Med
/// Sci Sports Exerc 44:2220–2227). The phrase list is a product rule.
/// </summary>
public static partial class MajorLifeStressorRule
{
    public static IEnumerable<Escalation> Detect(EscalationInput input)
    {
        var evidence = new List<(DateOnly Date, string Line)>();
        foreach (var day in input.RecentSignals.Where(d => d.LifeStress >= input.Settings.LifeStressMin))
            evidence.Add((day.Date, $"{EscalationText.Day(day.Date)}: life stress {day.LifeStress}/5"));
        foreach (var (date, source, text) in EscalationText.Recent(input))
        {
            foreach (var phrase in PhraseMatcher.Find(text, LifeEvents()).Distinct())
                evidence.Add((date, $"{EscalationText.Day(date)} {source}: mentions \"{phrase}\""));
        }
        if (evidence.Count == 0) yield break;
        yield return EscalationDetector.Make(EscalationKind.MajorLifeStressor, evidence.Max(e => e.Date),
            "A major life stressor: check in personally and consider lightening the plan.",
            [.. evidence.OrderBy(e => e.Date).Select(e => e.Line)]);
    }

    [GeneratedRegex(@"\b(bereave\w*|passed away|died|funeral|divorc\w*|separat(ed|ion|ing)|broke up|break ?up|lost my job|lost (his|her|their) job|laid off|made redundant|redundanc\w*|got fired|been fired|new baby|baby (was|is) born|moving house|house move|hospitali[sz]ed|in hospital|family emergency|seriously ill|diagnosed with)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LifeEvents();
}
