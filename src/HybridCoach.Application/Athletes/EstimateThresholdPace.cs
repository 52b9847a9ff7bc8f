using HybridCoach.Application.Activities;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Performance;

namespace HybridCoach.Application.Athletes;

/// <summary>
/// Estimates threshold pace from the best efforts inside the runs of the last
/// <see cref="ThresholdEstimate.DefaultWindowDays"/> days up to an as-of date (later runs are ignored), and
/// says which efforts it used. The method is <see cref="ThresholdEstimate"/>'s (Daniels T pace, else critical speed).
/// </summary>
public sealed class EstimateThresholdPace(IActivityStore store)
{
    public async Task<ThresholdPaceEstimate?> EstimateAsync(DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var efforts = new List<DatedEffort>();
        foreach (var item in await store.ListAsOfAsync(Window(asOf), asOf, cancellationToken))
        {
            var day = ActivitiesAsOf.LocalDate(item.Summary);
            if (!item.Summary.Sport.IsRun()) continue;
            var activity = await store.GetAsync(item.Id, cancellationToken);
            if (activity is null) continue;
            efforts.AddRange(activity.BestEfforts.Select(e => new DatedEffort(day, e.Distance, e.Time, $"activity {item.Id} {e.Id}")));
        }
        return ThresholdEstimate.Estimate(efforts, asOf);
    }

    // A generous UTC lower bound (offsets run from -12:00 to +14:00); ThresholdEstimate applies the exact window,
    // and ListAsOfAsync drops what starts after the as-of date.
    private static ActivityQuery Window(DateOnly asOf) => new(
        new DateTimeOffset(asOf.AddDays(-ThresholdEstimate.DefaultWindowDays - 1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
}
