using HybridCoach.Application.Contracts;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Performance;

namespace HybridCoach.Application.Athletes;

/// <summary>
/// The athlete's training zones as of a day: the anchors and where each came from (<see cref="ZoneAnchors"/>), six pace
/// zones from threshold pace (Skiba) and heart-rate zones from LTHR (Friel), the profile (null without one), and the
/// warning when the profile's threshold pace disagrees with the history's estimate.
/// </summary>
public sealed record AthleteZones(ZoneAnchors Anchors, IReadOnlyList<PaceZone> Pace, IReadOnlyList<HeartRateZone> HeartRate, AthleteProfile? Profile,
    ThresholdDisagreement? Warning);
