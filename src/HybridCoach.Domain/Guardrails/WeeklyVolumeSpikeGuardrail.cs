namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// <c>weekly_volume_spike</c>: running distance of the last 7 days above <c>weekly_volume_spike.max_ratio</c>
/// (1.3) × the mean weekly running distance of the 3 weeks before → REDUCE_VOLUME. The 30 % line is Nielsen et
/// al. 2014 (JOSPT 44:739–747; science.md §12): novices progressing > 30 % had more distance-related injuries than
/// those under 10 % (HR 1.59, 95 % CI 0.96–2.66, P = .07 — suggestive, not significant; their progression was week
/// over week, we compare with the steadier 3-week mean). A base below
/// <c>weekly_volume_spike.min_base_km_per_week</c> is not judged: from a near-zero base every week is a "spike".
/// </summary>
public sealed class WeeklyVolumeSpikeGuardrail : IGuardrail
{
    public const string MaxRatio = "weekly_volume_spike.max_ratio";
    public const string MinBaseKmPerWeek = "weekly_volume_spike.min_base_km_per_week";
    public const int RecentDays = 7;
    public const int BaseWeeks = 3;

    public string Id => "weekly_volume_spike";

    public IReadOnlyList<GuardrailSetting> Settings { get; } =
    [
        new(MaxRatio, 1.3, 1.05, 3, "last 7 days' running distance above this × the prior 3 weeks' weekly mean asks for less volume",
            "Nielsen et al. 2014, JOSPT 44:739–747: > 30 % weekly progression (science.md §12)"),
        new(MinBaseKmPerWeek, 10, 0, 100, "a prior 3-week mean below this many km per week is too small to judge a progression",
            "product choice: a few km more on a tiny base is not a load spike"),
    ];

    public GuardrailOutcome Evaluate(DecisionSnapshot snapshot, GuardrailSettings settings)
    {
        var max = settings.Get(MaxRatio);
        var minBase = settings.Get(MinBaseKmPerWeek);
        var recentKm = RunKm(snapshot, snapshot.Date.AddDays(-RecentDays), snapshot.Date.AddDays(-1));
        var baseKm = RunKm(snapshot, snapshot.Date.AddDays(-RecentDays * (BaseWeeks + 1)), snapshot.Date.AddDays(-RecentDays - 1)) / BaseWeeks;
        double? ratio = baseKm > 0 ? recentKm / baseKm : null;
        var observed = Values.Observed(("run_distance_last_7_days_km", recentKm), ("mean_weekly_run_distance_prior_3_weeks_km", baseKm), ("ratio", ratio));
        var thresholds = Values.Thresholds(("max_ratio", max), ("min_base_km_per_week", minBase));
        if (ratio is not { } r || baseKm < minBase)
            return GuardrailOutcome.NotEvaluated(Id, FormattableString.Invariant(
                $"prior 3 weeks averaged {baseKm:0.0} km a week, below the {minBase:0.#} km base needed to judge a weekly progression"), observed, thresholds);
        if (r <= max)
            return GuardrailOutcome.Clear(Id, FormattableString.Invariant(
                $"{recentKm:0.0} km in the last 7 days is {r:0.00} × the prior weekly mean {baseKm:0.0} km (at most {max:0.00})"), observed, thresholds);
        return GuardrailOutcome.Fire(Id, Recommendation.ReduceVolume, FormattableString.Invariant(
            $"{recentKm:0.0} km in the last 7 days is {r:0.00} × the prior weekly mean {baseKm:0.0} km, above {max:0.00}: hold the volume back"), observed, thresholds);
    }

    private static double RunKm(DecisionSnapshot snapshot, DateOnly first, DateOnly last) =>
        snapshot.ActivitiesBetween(first, last).Where(a => a.IsRun).Sum(a => a.DistanceM) / 1000;
}
