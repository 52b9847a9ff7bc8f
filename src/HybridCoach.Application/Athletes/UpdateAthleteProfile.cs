using HybridCoach.Domain.Athletes;

namespace HybridCoach.Application.Athletes;

/// <summary>The profile use cases: change fields of the profile, add an injury to its history.</summary>
public sealed class UpdateAthleteProfile(IAthleteStore store)
{
    public async Task<AthleteProfile> SetAsync(AthleteProfileChanges changes, CancellationToken cancellationToken = default)
    {
        var profile = changes.ApplyTo(await store.GetProfileAsync(cancellationToken));
        await store.SaveProfileAsync(profile, cancellationToken);
        return profile;
    }

    public async Task<AthleteProfile> AddInjuryAsync(Injury injury, CancellationToken cancellationToken = default)
    {
        var current = await store.GetProfileAsync(cancellationToken)
            ?? throw new ArgumentException("athlete profile: none yet; create it with `athlete set` before adding injuries");
        var profile = new AthleteProfile(current.Name, current.BirthYear, current.Sex, current.WeightKg, current.MaxHrBpm,
            current.RestingHrBpm, current.LthrBpm, current.ThresholdPaceSPerKm, current.TrainingAgeYears,
            [.. current.Injuries, injury], current.AvailableDays, current.LongRunDay, current.ClearDays, current.Units) { TimeZone = current.TimeZone };
        await store.SaveProfileAsync(profile, cancellationToken);
        return profile;
    }
}
