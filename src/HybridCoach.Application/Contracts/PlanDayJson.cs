using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;
using HybridCoach.Formats.Calendar;

namespace HybridCoach.Application.Contracts;

/// <summary>One planned day, fully prescribed (also `coach today --json`'s planned_session).</summary>
public sealed record PlanDayJson(
    string Date,
    string Type,
    string Title,
    bool Hard,
    double DistanceM,
    double DurationS,
    string? Zone,
    string Purpose,
    IReadOnlyList<PlanStepJson> Steps,
    IReadOnlyList<StrengthExerciseJson> Exercises)
{
    public static PlanDayJson From(PlannedSession s, DistanceUnit units) => new(RecoverySignalsJson.DateText(s.Date), s.Type.ToId(),
        PrescriptionFormat.Title(s, units), s.Hard, s.DistanceM, s.DurationS, s.ZoneId, s.Purpose,
        [.. s.Steps.Select(step => PlanStepJson.From(step, units))], [.. s.Exercises.Select(StrengthExerciseJson.From)]);
}
