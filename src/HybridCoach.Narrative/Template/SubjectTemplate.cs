using HybridCoach.Application.Narration;

namespace HybridCoach.Narrative.Template;

/// <summary>Placeholder: two plain sentences per subject until the subject templates land.</summary>
public static class SubjectTemplate
{
    public static string Compose(NarrationSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject switch
        {
            WeeklyReview w => $"In the week from {Figures.Date(w.WeekStart)} you logged {w.Actual.Activities} activities over {Figures.Km(w.Actual.DistanceM)}. Keep logging every session.",
            SessionBrief s => $"{s.Session.Title} on {Figures.Date(s.Session.Date)}. {s.Session.Purpose.TrimEnd('.')}.",
            PlanChangeBrief c => $"The plan changed on {c.Changes.Count} day(s). Planned distance went from {Figures.Km(c.DistanceBeforeM)} to {Figures.Km(c.DistanceAfterM)}.",
            EscalationBrief e => $"{e.Athlete} raised a {e.Kind.Replace('_', ' ')} alert at urgency {e.Urgency}. {e.Summary.TrimEnd('.')}.",
            _ => throw new ArgumentException($"narration subject {subject.GetType().Name}: no template", nameof(subject)),
        };
    }
}
