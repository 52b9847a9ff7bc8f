using HybridCoach.Application.Activities;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Load;

namespace HybridCoach.Application.Metrics;

/// <summary>
/// Every load measure of a set of activities under one profile: read from the load store when stored under
/// the profile's <see cref="LoadInputsKey"/>, else computed from the full activity (loaded once, with its
/// samples) and stored, so the next call only reads. The values are the same either way.
/// </summary>
public sealed class ActivityLoads(IActivityStore activities, IActivityLoadStore loads)
{
    // Written in batches so a first run over a long history neither holds every activity nor commits per row.
    private const int PutBatchSize = 200;

    public async Task<IReadOnlyList<MeasuredActivity>> MeasureAsync(IReadOnlyList<ActivityListItem> items,
        LoadProfile profile, LoadSettings? settings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(profile);
        var key = LoadInputsKey.Of(profile, settings);
        var stored = await loads.GetAsync(items.Select(i => i.Id).ToArray(), key, cancellationToken);
        var measured = new List<MeasuredActivity>(items.Count);
        var fresh = new Dictionary<long, IReadOnlyList<MeasuredLoad>>();
        foreach (var item in items)
        {
            if (!stored.TryGetValue(item.Id, out var values) || values.Count < LoadMeasurements.Measures.Count)
            {
                var activity = await activities.GetAsync(item.Id, cancellationToken);
                if (activity is null) continue; // deleted meanwhile
                values = LoadMeasurements.All(activity, profile, settings);
                fresh[item.Id] = values;
                if (fresh.Count >= PutBatchSize) await FlushAsync(key, fresh, cancellationToken);
            }
            measured.Add(new MeasuredActivity(item.Id, item.Summary, values));
        }
        await FlushAsync(key, fresh, cancellationToken);
        return measured;
    }

    /// <summary>One activity's loads (already loaded, so nothing is read twice): stored, else computed and stored.</summary>
    public async Task<IReadOnlyList<MeasuredLoad>> MeasureAsync(Activity activity, LoadProfile profile,
        LoadSettings? settings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(profile);
        var key = LoadInputsKey.Of(profile, settings);
        var stored = await loads.GetAsync([activity.Id], key, cancellationToken);
        if (stored.TryGetValue(activity.Id, out var values) && values.Count >= LoadMeasurements.Measures.Count) return values;
        values = LoadMeasurements.All(activity, profile, settings);
        await loads.PutAsync(key, new Dictionary<long, IReadOnlyList<MeasuredLoad>> { [activity.Id] = values }, cancellationToken);
        return values;
    }

    private async Task FlushAsync(string key, Dictionary<long, IReadOnlyList<MeasuredLoad>> fresh, CancellationToken cancellationToken)
    {
        if (fresh.Count == 0) return;
        await loads.PutAsync(key, new Dictionary<long, IReadOnlyList<MeasuredLoad>>(fresh), cancellationToken);
        fresh.Clear();
    }
}
