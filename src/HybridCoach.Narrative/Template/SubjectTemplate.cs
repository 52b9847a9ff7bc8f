using HybridCoach.Application.Narration;

namespace HybridCoach.Narrative.Template;

/// <summary>The template text of a <see cref="NarrationSubject"/>: one template per subject.</summary>
public static class SubjectTemplate
{
    public static string Compose(NarrationSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject switch
        {
            WeeklyReview w => WeeklySummaryTemplate.Compose(w),
            SessionBrief s => SessionNoteTemplate.Compose(s),
            PlanChangeBrief c => AdaptationDiffTemplate.Compose(c),
            EscalationBrief e => EscalationAlertTemplate.Compose(e),
            _ => throw new ArgumentException($"narration subject {subject.GetType().Name}: no template", nameof(subject)),
        };
    }

    public static string Plural(int count, string one, string many) => count == 1 ? $"{count} {one}" : $"{count} {many}";

    /// <summary>"a, b and c".</summary>
    public static string List(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
