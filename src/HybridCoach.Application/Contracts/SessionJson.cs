using HybridCoach.Application.Summaries;
using HybridCoach.Application.Plans;
using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Contracts;

/// <summary>
/// `coach session --json`: the plan version and variant, the planned day fully prescribed (as `plan show` gives it),
/// each step as text, where it sits (microcycle, phase, focus, recovery), the goal race and days to go, and the
/// coaching note with its source and narration audit id; the call that decides the day (PROCEED when nothing changes it),
/// its reasons, the planned session when the call changed it (else null), and the athlete's recent requests with the coach's answers.
/// </summary>
public sealed record SessionJson(
    string Date,
    long PlanVersion,
    string Variant,
    PlanDayJson Session,
    IReadOnlyList<string> StepLines,
    int Microcycle,
    string Phase,
    string Focus,
    bool RecoveryMicrocycle,
    string GoalRace,
    string GoalRaceDate,
    double GoalRaceDistanceM,
    int? DaysToGoalRace,
    string Note,
    string NoteSource,
    long NarrationAuditId,
    string Call,
    IReadOnlyList<string> CallReasons,
    PlanDayJson? PlannedSession,
    IReadOnlyList<RequestJson> Requests)
{
    public static SessionJson From(SessionNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var (day, brief) = (note.Day, note.Brief);
        return new SessionJson(RecoverySignalsJson.DateText(day.Session.Date), day.Version, day.Variant.ToId(), PlanDayJson.From(day.Session, day.Units),
            brief.Session.Steps, note.Cycle.Index, brief.Phase, brief.Focus, brief.RecoveryMicrocycle, note.GoalRace.Name,
            RecoverySignalsJson.DateText(note.GoalRace.Date), note.GoalRace.Distance.Meters, brief.DaysToGoalRace, note.Narration.Text,
            note.Narration.Source, note.Narration.AuditId, note.InForce.Call.ToId(), note.InForce.Reasons,
            note.InForce.Changed ? PlanDayJson.From(note.InForce.Planned, day.Units) : null, RequestJson.From(note.Requests));
    }
}
