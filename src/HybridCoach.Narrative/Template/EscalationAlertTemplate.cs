using System.Text.RegularExpressions;
using HybridCoach.Application.Narration;
using HybridCoach.Narrative.Guard;

namespace HybridCoach.Narrative.Template;

/// <summary>
/// An escalation alert explained for the coach: who, what kind, when and how urgent; what happened (the figures part
/// of the engine's summary); the evidence lines; and what to do (the engine's suggested step, else to review it and
/// talk with the athlete). It never suggests harder training: evidence naming hard sessions is worded as missed, or left out.
/// </summary>
public static partial class EscalationAlertTemplate
{
    private const int EvidenceShown = 3;

    // The missed-key-sessions rule writes "2026-11-18 tempo: missed (no activity)".
    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2}) ([a-z_]+): missed(.*)$")]
    private static partial Regex MissedLine();

    public static string Compose(EscalationBrief alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var text = new SubjectText(SubjectFactsBuilder.Ceiling(alert));
        var kind = alert.Kind.Replace('_', ' ');
        var urgency = alert.Urgency == 1 ? "urgency 1, the most urgent level" : $"urgency {alert.Urgency}";
        text.Add($"{SubjectFigures.Clause(alert.Athlete)} has {Article.With(kind)} alert ({alert.AlertId}) from {Figures.Weekday(alert.AlertDate)} {Figures.Date(alert.AlertDate)}, at {urgency}");
        var cut = alert.Summary.LastIndexOf(": ", StringComparison.Ordinal);
        var happened = SubjectFigures.InSentence(cut > 0 ? alert.Summary[..cut] : alert.Summary);
        var step = cut > 0 ? SubjectFigures.Clause(alert.Summary[(cut + 2)..]) : "";
        if (happened.Length > 0 && text.Allows(happened)) text.Add($"What happened: {happened}", optional: true);
        var evidence = alert.Evidence.Select(Evidence).Where(text.Allows).Take(EvidenceShown).ToList();
        if (evidence.Count > 0) text.Add($"The evidence: {string.Join("; ", evidence)}", optional: true);
        text.Add(step.Length > 0 && text.Allows(step)
            ? $"What to do: {SubjectFigures.Lowered(step)}"
            : $"What to do: review it and talk with {SubjectFigures.Clause(alert.Athlete)}");
        return text.Compose();
    }

    private static string Evidence(string line)
    {
        var clause = SubjectFigures.Clause(line);
        return MissedLine().Match(clause) is { Success: true } m ? $"missed the {(m.Groups[2].Value == "long" ? "long run" : m.Groups[2].Value.Replace('_', ' '))} on {m.Groups[1].Value}{m.Groups[3].Value}" : clause;
    }
}
