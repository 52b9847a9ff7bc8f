using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Athletes;

/// <summary>
/// Compares the threshold pace set in the athlete's profile with the estimate from their history as of a date
/// (<see cref="EstimateThresholdPace"/>); `coach zones`, `coach plan generate` and `coach today` show the warning.
/// Nothing when the profile has no threshold pace (the estimate is then used and said so) or the history has no efforts.
/// </summary>
public sealed class CheckThresholdPace(IAthleteStore athletes, EstimateThresholdPace estimator)
{
    public async Task<ThresholdDisagreement?> CheckAsync(DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var profile = await athletes.GetProfileAsync(cancellationToken);
        if (profile?.ThresholdPaceSPerKm is not { } set) return null;
        return ThresholdDisagreement.Between(new Pace(set), await estimator.EstimateAsync(asOf, cancellationToken));
    }
}
