namespace HybridCoach.Application.Narration;

/// <summary>
/// Something already decided — other than the daily call (that is a <see cref="NarrationRequest"/>) — that a
/// narrator explains: a week's review, a planned session, a plan change, an escalation. Each subject carries the
/// facts as data (figures with units in their names, display strings) and nothing else is given to a narrator, so
/// the guard can check every figure of the text against the subject.
/// </summary>
public abstract record NarrationSubject
{
    public abstract NarrationPurpose Purpose { get; }

    /// <summary>The day the narration is for (the week's first day, the session's day, the change's day, the alert's day).</summary>
    public abstract DateOnly Date { get; }

    /// <summary>What is narrated, as the audit names it: <c>week:2026-11-16</c>, <c>session:2026-11-22</c>, <c>plan_version:3</c>, <c>proposal:p2</c>, <c>escalation:e4</c>.</summary>
    public abstract string Reference { get; }

    /// <summary>Text the athlete wrote (check-in notes and requests, quoted symptoms): quoted data, never instructions.</summary>
    public virtual IReadOnlyList<string> AthleteText => [];
}
