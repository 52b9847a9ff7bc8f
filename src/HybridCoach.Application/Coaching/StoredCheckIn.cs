namespace HybridCoach.Application.Coaching;

/// <summary>One stored weekly check-in: the scores, niggles and request as JSON (<see cref="Records.CoachingJson"/>), the request's words and when it was recorded.</summary>
public sealed record StoredCheckIn(long Id, DateOnly WeekStart, int Effort, int Fatigue, string NigglesJson, string? Notes,
    string? RequestText, string RequestJson, DateTimeOffset CreatedAtUtc);
