using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Decisions;

/// <summary>
/// The plain narrative shown with a decision: two or three sentences naming the call and the reasons of the
/// guardrails behind it, made only from the decision itself. Issue 7 puts an INarrator in front of it; this
/// stays the fallback text.
/// </summary>
public static class TemplateNarrative
{
    public const string Source = "template";

    public static string Compose(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var call = decision.Recommendation.ToId();
        var deciding = decision.Outcomes.Where(o => decision.DecidedBy.Contains(o.Id)).ToList();
        if (deciding.Count == 0) return $"Today's call is {call}. No guardrail fired, so train as planned.";
        var because = string.Join("; ", deciding.Select(o => $"{o.Id}: {o.Reason}"));
        var others = decision.Fired.Where(o => !decision.DecidedBy.Contains(o.Id)).Select(o => o.Id).ToList();
        var text = $"Today's call is {call}. Because {because}.";
        return others.Count == 0 ? text : text + $" Also fired, with a milder call: {string.Join(", ", others)}.";
    }
}
