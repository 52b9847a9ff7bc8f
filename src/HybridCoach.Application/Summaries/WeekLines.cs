using HybridCoach.Application.Coaching;

namespace HybridCoach.Application.Summaries;

/// <summary>The week's plan changes and alerts as one-line strings for the review.</summary>
public static class WeekLines
{
    /// <summary>Versions made during the week (their UTC creation day): "v2 adjustment a1: adjusted on request …".</summary>
    public static IReadOnlyList<string> PlanChanges(IEnumerable<PlanVersionSummary> versions, DateOnly weekStart, DateOnly weekEnd)
    {
        ArgumentNullException.ThrowIfNull(versions);
        return [.. versions.Where(v => InWeek(DateOnly.FromDateTime(v.CreatedAtUtc.UtcDateTime), weekStart, weekEnd))
            .OrderBy(v => v.Version).Select(v => $"v{v.Version} {v.Source}: {v.Summary}")];
    }

    /// <summary>Alerts about a day of the week, most urgent first: "e1 medical_red_flag (urgency 1): …".</summary>
    public static IReadOnlyList<string> Alerts(IEnumerable<StoredEscalation> escalations, DateOnly weekStart, DateOnly weekEnd)
    {
        ArgumentNullException.ThrowIfNull(escalations);
        return [.. escalations.Where(e => InWeek(e.Date, weekStart, weekEnd)).OrderBy(e => e.Urgency).ThenBy(e => e.Id)
            .Select(e => $"{CoachingIds.Escalation(e.Id)} {e.Kind} (urgency {e.Urgency}): {e.Summary}")];
    }

    private static bool InWeek(DateOnly day, DateOnly start, DateOnly end) => day >= start && day <= end;
}
