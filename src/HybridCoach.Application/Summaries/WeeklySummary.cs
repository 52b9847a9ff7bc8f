using HybridCoach.Application.Narration;

namespace HybridCoach.Application.Summaries;

/// <summary>What `coach summary` shows: the week's review (the figures) and its narration with the audit record's id.
/// <paramref name="Requests"/>: the athlete's recent requests and the coach's answers (<see cref="Requests.ReadRequests"/>).</summary>
public sealed record WeeklySummary(WeeklyReview Review, RecordedNarration Narration, IReadOnlyList<Requests.RequestAnswer> Requests);
