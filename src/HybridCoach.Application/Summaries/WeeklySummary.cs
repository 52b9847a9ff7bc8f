using HybridCoach.Application.Narration;

namespace HybridCoach.Application.Summaries;

/// <summary>What `coach summary` shows: the week's review (the figures) and its narration with the audit record's id.</summary>
public sealed record WeeklySummary(WeeklyReview Review, RecordedNarration Narration);
