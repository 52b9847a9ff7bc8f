using HybridCoach.Application.Coaching;

namespace HybridCoach.Application.Summaries;

/// <summary>The week's plan changes and alerts as one-line strings for the review.</summary>
public static class WeekLines
{
    /// <summary>The source of a freshly generated plan: a new plan, not a change to one.</summary>
    public const string GeneratedSource = "generate";

    /// <summary>Versions made during the week (their UTC creation day), but for newly generated plans: "v2 adjustment a1: adjusted on request …".</summary>
    public static IReadOnlyList<string> PlanChanges(IEnumerable<PlanVersionSummary> versions, DateOnly weekStart, DateOnly weekEnd)
    {
        ArgumentNullException.ThrowIfNull(versions);
        return [.. versions.Where(v => v.Source != GeneratedSource && InWeek(DateOnly.FromDateTime(v.CreatedAtUtc.UtcDateTime), weekStart, weekEnd))
            .OrderBy(v => v.Version).Select(v => $"v{v.Version} {v.Source}: {v.Summary}")];
    }

    /// <summary>Alerts about a day of the week, most urgent first: "e1 medical_red_flag (urgency 1): …" — not the athlete's requests (<see cref="Requests"/>).</summary>
    public static IReadOnlyList<string> Alerts(IEnumerable<StoredEscalation> escalations, DateOnly weekStart, DateOnly weekEnd) =>
        Lines(escalations.Where(e => e.Kind != global::HybridCoach.Application.Requests.AthleteRequests.Kind), weekStart, weekEnd);

    /// <summary>The athlete's requests to the coach made in the week, in the same wording as <see cref="Alerts"/>.</summary>
    public static IReadOnlyList<string> Requests(IEnumerable<StoredEscalation> escalations, DateOnly weekStart, DateOnly weekEnd) =>
        Lines(escalations.Where(e => e.Kind == global::HybridCoach.Application.Requests.AthleteRequests.Kind), weekStart, weekEnd);

    private static IReadOnlyList<string> Lines(IEnumerable<StoredEscalation> escalations, DateOnly weekStart, DateOnly weekEnd)
    {
        ArgumentNullException.ThrowIfNull(escalations);
        return [.. escalations.Where(e => InWeek(e.Date, weekStart, weekEnd)).OrderBy(e => e.Urgency).ThenBy(e => e.Id)
            .Select(e => $"{CoachingIds.Escalation(e.Id)} {e.Kind} (urgency {e.Urgency}): {e.Summary}")];
    }

    /// <summary>The check-in's adaptation as a line ("v3 checkin: 6 day(s) changed", or held: "p2 waiting (coach_approval): 6 day(s) to change"); null when nothing changed.</summary>
    public static string? CheckInChange(ChangeOutcome? adaptation)
    {
        if (adaptation is null || adaptation.Changes.Count == 0) return null;
        return adaptation.AppliedVersion is { } v
            ? $"v{v} checkin: {adaptation.Changes.Count} day(s) changed"
            : $"{CoachingIds.Proposal(adaptation.ProposalId ?? 0)} waiting ({CoachingIds.RouteId(adaptation.Decision.Route)}): {adaptation.Changes.Count} day(s) to change";
    }

    /// <summary>The lines with <paramref name="line"/> added unless a line of the same version or proposal ("v3 ", "p2 ") is there.</summary>
    public static IReadOnlyList<string> With(IReadOnlyList<string> lines, string? line)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (line is null) return lines;
        var key = line[..(line.IndexOf(' ', StringComparison.Ordinal) + 1)];
        return lines.Any(l => l.StartsWith(key, StringComparison.Ordinal)) ? lines : [.. lines, line];
    }

    /// <summary>The lines with the alerts (or, with <paramref name="requests"/>, the requests) just raised added, once each.</summary>
    public static IReadOnlyList<string> WithRaised(IReadOnlyList<string> lines, IEnumerable<StoredEscalation> raised, bool requests = false)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var fresh = requests ? Requests(raised, DateOnly.MinValue, DateOnly.MaxValue) : Alerts(raised, DateOnly.MinValue, DateOnly.MaxValue);
        var added = fresh.Where(a => !lines.Contains(a)).ToList();
        return added.Count == 0 ? lines : [.. lines, .. added];
    }

    private static bool InWeek(DateOnly day, DateOnly start, DateOnly end) => day >= start && day <= end;
}
