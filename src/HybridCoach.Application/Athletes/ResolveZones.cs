using HybridCoach.Application.Contracts;
using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Athletes;

/// <summary>
/// The `coach zones` use case and the web app's Profile page: each anchor from what was given, else the athlete
/// profile; threshold pace, failing both, from the estimate of the history as of the day (<see cref="EstimateThresholdPace"/>,
/// with its evidence). Pace zones are Skiba's (<see cref="PaceZones"/>), heart-rate zones Friel's (<see cref="HeartRateZones"/>).
/// </summary>
public sealed class ResolveZones(IAthleteStore athletes, EstimateThresholdPace estimator, CheckThresholdPace check)
{
    public async Task<AthleteZones> ResolveAsync(DateOnly asOf, Pace? givenThresholdPace = null, HeartRate? givenLthr = null, CancellationToken cancellationToken = default)
    {
        var profile = await athletes.GetProfileAsync(cancellationToken);
        var anchors = new ZoneAnchors(givenThresholdPace, ZoneAnchorSources.Option, givenLthr, ZoneAnchorSources.Option);
        if (anchors.Lthr is null)
            anchors = profile?.LthrBpm is { } bpm ? anchors with { Lthr = new HeartRate(bpm), LthrSource = ZoneAnchorSources.Profile } : anchors with { LthrSource = ZoneAnchorSources.None };
        if (anchors.ThresholdPace is null)
            anchors = profile?.ThresholdPaceSPerKm is { } stored
                ? anchors with { ThresholdPace = new Pace(stored), ThresholdPaceSource = ZoneAnchorSources.Profile }
                : await estimator.EstimateAsync(asOf, cancellationToken) is { } estimate
                    ? anchors with { ThresholdPace = estimate.ThresholdPace, ThresholdPaceSource = ZoneAnchorSources.Estimate, Estimate = estimate }
                    : anchors with { ThresholdPaceSource = ZoneAnchorSources.None };
        var warning = anchors.ThresholdPaceSource == ZoneAnchorSources.Profile ? await check.CheckAsync(asOf, cancellationToken) : null;
        return new AthleteZones(anchors,
            anchors.ThresholdPace is { } p ? PaceZones.FromThreshold(p) : [],
            anchors.Lthr is { } hr ? HeartRateZones.FromLactateThreshold(hr) : [],
            profile, warning);
    }
}
