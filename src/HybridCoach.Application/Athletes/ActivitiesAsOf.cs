using HybridCoach.Application.Activities;
using HybridCoach.Domain.Activities;

namespace HybridCoach.Application.Athletes;

/// <summary>
/// The activity history as it was known on an as-of date. An activity belongs to the day of its local start
/// (the clock time at the UTC offset it was recorded with); one starting after the as-of date is not yet
/// known, so a figure for a past date never changes because of a later import.
/// </summary>
public static class ActivitiesAsOf
{
    // UTC offsets run from -12:00 to +14:00: a local start on or before the as-of date is before
    // as-of + 1 day + 12 h in UTC, so a UTC bound two days later keeps every such activity; the local date decides.
    private const int QueryMarginDays = 2;

    public static DateOnly LocalDate(ActivitySummary summary) => DateOnly.FromDateTime(summary.StartTime.DateTime);

    public static bool IsKnownOn(ActivitySummary summary, DateOnly asOf) => LocalDate(summary) <= asOf;

    /// <summary>The query's matches that start on or before <paramref name="asOf"/> (local date), newest first; the query's limit counts only those.</summary>
    public static async Task<IReadOnlyList<ActivityListItem>> ListAsOfAsync(
        this IActivityStore store, ActivityQuery query, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var margin = new DateTimeOffset(asOf.AddDays(QueryMarginDays).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var before = query.StartBefore is { } bound && bound < margin ? bound : margin;
        if (query.Limit is { } limit)
        {
            // Only the few activities of the two margin days can be dropped: asking for a page a little larger than the
            // limit answers almost every query without reading the whole history; the full read is the fallback.
            var asked = limit + LimitSlack;
            var page = await store.ListAsync(query with { StartBefore = before, Limit = asked }, cancellationToken);
            var knownOfPage = page.Where(i => IsKnownOn(i.Summary, asOf)).Take(limit).ToList();
            if (knownOfPage.Count == limit || page.Count < asked) return knownOfPage;
        }
        var items = await store.ListAsync(query with { StartBefore = before, Limit = null }, cancellationToken);
        var known = items.Where(i => IsKnownOn(i.Summary, asOf));
        return (query.Limit is { } all ? known.Take(all) : known).ToList();
    }

    private const int LimitSlack = 16;

    /// <summary>How many of the query's matches start on or before <paramref name="asOf"/> (its limit is ignored).</summary>
    public static async Task<int> CountAsOfAsync(
        this IActivityStore store, ActivityQuery query, DateOnly asOf, CancellationToken cancellationToken = default) =>
        (await store.ListAsOfAsync(query with { Limit = null }, asOf, cancellationToken)).Count;
}
