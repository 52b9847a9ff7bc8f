namespace HybridCoach.Domain.Athletes;

/// <summary>
/// How the athlete is on one day, as they report it (all optional except the date). Scales: sleep quality,
/// life stress and motivation 1–5 (higher = more), soreness 0–10 overall and per site, HRV as rMSSD in ms.
/// Validated in the constructor; failures are <see cref="ArgumentException"/>s naming the field.
/// </summary>
public sealed record RecoverySignals(
    DateOnly Date,
    int? RestingHrBpm,
    double? HrvRmssdMs,
    double? SleepHours,
    int? SleepQuality,
    int? Soreness,
    IReadOnlyDictionary<string, int> SorenessBySite,
    bool Pain,
    string? PainSite,
    Illness Illness,
    int? LifeStress,
    int? Motivation,
    string? Note)
{
    public int? RestingHrBpm { get; } = AthleteGuard.Range(RestingHrBpm, 25, 150, "resting_hr_bpm");
    public double? HrvRmssdMs { get; } = AthleteGuard.Range(HrvRmssdMs, 1, 500, "hrv_rmssd_ms");
    public double? SleepHours { get; } = AthleteGuard.Range(SleepHours, 0, 24, "sleep_hours");
    public int? SleepQuality { get; } = AthleteGuard.Range(SleepQuality, 1, 5, "sleep_quality");
    public int? Soreness { get; } = AthleteGuard.Range(Soreness, 0, 10, "soreness");
    public IReadOnlyDictionary<string, int> SorenessBySite { get; } = ValidSites(SorenessBySite);
    public string? PainSite { get; } = ValidPainSite(Pain, PainSite);
    public int? LifeStress { get; } = AthleteGuard.Range(LifeStress, 1, 5, "life_stress");
    public int? Motivation { get; } = AthleteGuard.Range(Motivation, 1, 5, "motivation");
    public string? Note { get; } = AthleteGuard.Text(Note, 1000, "note");

    /// <summary>Only the date: a day with nothing reported yet.</summary>
    public static RecoverySignals Empty(DateOnly date) =>
        new(date, null, null, null, null, null, new Dictionary<string, int>(), false, null, Illness.None, null, null, null);

    private static SortedDictionary<string, int> ValidSites(IReadOnlyDictionary<string, int>? sites)
    {
        var valid = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (site, soreness) in sites ?? throw new ArgumentException("soreness_by_site: must not be null"))
        {
            var key = AthleteGuard.Site(site, "sore_site");
            if (!valid.TryAdd(key, AthleteGuard.Range(soreness, 0, 10, $"soreness at {key}")))
                throw new ArgumentException($"sore_site '{key}': listed twice");
        }
        return valid;
    }

    private static string? ValidPainSite(bool pain, string? site)
    {
        if (site is null) return null;
        if (!pain) throw new ArgumentException($"pain_site '{site}': given without the pain flag");
        return AthleteGuard.Site(site, "pain_site");
    }
}
