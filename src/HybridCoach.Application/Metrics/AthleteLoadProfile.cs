using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Metrics;

/// <summary>
/// The load physiology of an athlete: the stored profile's heart rates, threshold pace and sex (which picks
/// Banister's TRIMP coefficients), each replaced by a value given on the command line when there is one.
/// </summary>
public static class AthleteLoadProfile
{
    public static LoadProfile From(AthleteProfile? athlete, LoadProfileOverrides overrides) => new(
        overrides.RestingHeartRate ?? HeartRateOf(athlete?.RestingHrBpm),
        overrides.MaxHeartRate ?? HeartRateOf(athlete?.MaxHrBpm),
        overrides.LactateThresholdHeartRate ?? HeartRateOf(athlete?.LthrBpm),
        overrides.ThresholdPace ?? (athlete?.ThresholdPaceSPerKm is { } pace ? new Pace(pace) : null),
        overrides.TrimpCoefficients ?? (athlete?.Sex == Sex.Female ? TrimpCoefficients.Women : TrimpCoefficients.Men));

    private static HeartRate? HeartRateOf(int? bpm) => bpm is { } value ? new HeartRate(value) : null;
}
