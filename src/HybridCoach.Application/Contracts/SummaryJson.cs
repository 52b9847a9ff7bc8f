using HybridCoach.Application.Summaries;

namespace HybridCoach.Application.Contracts;

/// <summary>
/// `coach summary --json`: the week (first and last day), its training against the week before (<c>previous_*</c>),
/// plan compliance (null without a plan covering the week), wellbeing, load trend (null before any history), plan
/// changes and alerts of the week, the week ahead (null without a plan), the athlete's recent requests with the coach's answers, and the narrative with its source and audit id.
/// </summary>
public sealed record SummaryJson(
    string WeekStart,
    string WeekEnd,
    int Activities,
    int PreviousActivities,
    int Runs,
    int PreviousRuns,
    double DistanceM,
    double PreviousDistanceM,
    double RunDistanceM,
    double PreviousRunDistanceM,
    double DurationS,
    double PreviousDurationS,
    int HardSessions,
    int PreviousHardSessions,
    double LongestRunM,
    double PreviousLongestRunM,
    double? EasyTimeSharePct,
    double? PreviousEasyTimeSharePct,
    double? ModerateTimeSharePct,
    double? HardTimeSharePct,
    WeekComplianceJson? Plan,
    WeekWellbeingJson Wellbeing,
    LoadTrendJson? Load,
    IReadOnlyList<string> PlanChanges,
    IReadOnlyList<string> PendingChanges,
    IReadOnlyList<string> Alerts,
    WeekAheadJson? WeekAhead,
    IReadOnlyList<RequestJson> Requests,
    string Narrative,
    string NarrativeSource,
    long NarrationAuditId)
{
    /// <summary>What is in force until the coach clears or lifts it (open flags, holds), in plain words.</summary>
    public IReadOnlyList<string> InForce { get; init; } = [];

    public static SummaryJson From(WeeklySummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var (r, a, p) = (summary.Review, summary.Review.Actual, summary.Review.Previous);
        return new SummaryJson(RecoverySignalsJson.DateText(r.WeekStart), RecoverySignalsJson.DateText(r.WeekEnd), a.Activities, p.Activities,
            a.Runs, p.Runs, a.DistanceM, p.DistanceM, a.RunDistanceM, p.RunDistanceM, a.DurationS, p.DurationS, a.HardSessions, p.HardSessions,
            a.LongestRunM, p.LongestRunM, a.EasyTimeSharePct, p.EasyTimeSharePct, a.ModerateTimeSharePct, a.HardTimeSharePct, r.Plan is { } plan ? WeekComplianceJson.From(plan) : null,
            WeekWellbeingJson.From(r.Wellbeing), r.Load is { } load ? LoadTrendJson.From(load) : null, r.PlanChanges, r.PendingChanges, r.Alerts,
            r.Next is { } next ? WeekAheadJson.From(next) : null, RequestJson.From(summary.Requests), summary.Narration.Text, summary.Narration.Source, summary.Narration.AuditId)
        {
            InForce = r.InForce,
        };
    }
}
