using HybridCoach.Domain.Load;

namespace HybridCoach.Application.Metrics;

/// <summary>
/// Stored per-activity loads (<see cref="LoadMeasurements.All"/>), each set filed under the
/// <see cref="LoadInputsKey"/> of the profile it was computed with — a cache that keeps its derivations.
/// Failure policy: <see cref="PutAsync"/> is atomic (all the given activities' loads or none) and replaces an
/// activity's loads under the same key; a store drops an activity's loads itself when the activity's own
/// inputs change (its RPE or sport) or the activity is deleted. Safe to call again after a failure.
/// </summary>
public interface IActivityLoadStore
{
    /// <summary>The stored loads under <paramref name="inputsKey"/> of those of <paramref name="activityIds"/> that have them.</summary>
    Task<IReadOnlyDictionary<long, IReadOnlyList<MeasuredLoad>>> GetAsync(
        IReadOnlyCollection<long> activityIds, string inputsKey, CancellationToken cancellationToken = default);

    /// <summary>Stores each activity's loads under <paramref name="inputsKey"/>, in one transaction.</summary>
    Task PutAsync(string inputsKey, IReadOnlyDictionary<long, IReadOnlyList<MeasuredLoad>> loads,
        CancellationToken cancellationToken = default);
}
