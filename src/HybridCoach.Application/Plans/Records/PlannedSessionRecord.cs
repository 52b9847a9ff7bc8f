using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans.Records;

/// <summary>A stored planned day.</summary>
public sealed record PlannedSessionRecord(
    DateOnly Date,
    SessionType Type,
    double DistanceM,
    double DurationS,
    IReadOnlyList<SessionStepRecord> Steps,
    string? ZoneId,
    string Purpose,
    IReadOnlyList<StrengthExerciseRecord> Exercises,
    double UnavailableRunningM = 0)
{
    public static PlannedSessionRecord From(PlannedSession s) => new(s.Date, s.Type, s.DistanceM, s.DurationS,
        [.. s.Steps.Select(SessionStepRecord.From)], s.ZoneId, s.Purpose, [.. s.Exercises.Select(StrengthExerciseRecord.From)], s.UnavailableRunningM);

    public PlannedSession ToSession() => new(Date, Type, DistanceM, DurationS, [.. (Steps ?? []).Select(s => s.ToStep())], ZoneId, Purpose,
        [.. (Exercises ?? []).Select(e => e.ToExercise())]) { UnavailableRunningM = UnavailableRunningM };
}
