using HybridCoach.Domain.Load;

namespace HybridCoach.Application.Narration;

/// <summary>
/// The athlete context a narration may use: the key metrics as of the day before (null before any history), the
/// injury-history sites, the planned session's text (null until plans exist), the recent sessions (newest first)
/// and athlete-written text (check-in note, injury notes) — which is data to quote, never instructions.
/// </summary>
public sealed record NarrationContext(
    DailyMetrics? Metrics,
    IReadOnlyList<string> InjurySites,
    string? PlannedSession,
    IReadOnlyList<RecentSession> RecentSessions,
    IReadOnlyList<string> AthleteNotes)
{
    /// <summary>
    /// Names and words written by people that engine text embeds: race names and the coach's hold reasons. Like the
    /// notes they are data to quote, never facts (a race named "… 100K" gives no figure to narrate).
    /// </summary>
    public IReadOnlyList<string> WrittenNames { get; init; } = [];

    /// <summary>The notes, then the names: everything the prompt quotes as athlete-written data.</summary>
    public IReadOnlyList<string> QuotedText => [.. AthleteNotes, .. WrittenNames];

    public static NarrationContext Empty { get; } = new(null, [], null, [], []);
}
