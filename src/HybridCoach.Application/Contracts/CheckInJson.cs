using HybridCoach.Application.Coaching;

namespace HybridCoach.Application.Contracts;

/// <summary>
/// `coach checkin --json`: the stored check-in's id and week, the alerts raised for the coach, the adaptation (null
/// when nothing changed or no plan; the unavailable days are applied first, at once, as <c>unavailable</c>), what "feeling strong" did or why not (null when not said) and the week's review (what changed, why, what next) with its narrative.
/// </summary>
public sealed record CheckInJson(long CheckInId, string WeekStart, int EscalationCount, IReadOnlyList<EscalationJson> Escalations, ChangeOutcomeJson? Adaptation,
    SummaryJson WeeklySummary, string? FeelingStrong, ChangeOutcomeJson? Unavailable)
{
    public static CheckInJson From(CheckInOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var (checkIn, result, units) = (outcome.CheckIn, outcome.Result, outcome.Units);
        return new CheckInJson(result.CheckInId, RecoverySignalsJson.DateText(checkIn.WeekStart), result.Escalations.Count,
            [.. result.Escalations.Select(e => EscalationJson.From(e, result.AlertNarratives.GetValueOrDefault(e.Id)))],
            result.Adaptation is { } a ? ChangeOutcomeJson.From(a, units) : null, SummaryJson.From(outcome.Summary), result.FeelingStrong,
            result.Unavailable is { } u ? ChangeOutcomeJson.From(u, units) : null);
    }
}
