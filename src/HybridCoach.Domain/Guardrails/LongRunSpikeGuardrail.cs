namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// <c>long_run_spike</c>: a run in the last 7 days longer than <c>long_run_spike.max_ratio</c> (1.3) × the longest
/// run of the <c>long_run_spike.baseline_days</c> (30) days before that run → REDUCE_VOLUME. Frandsen et al. 2025
/// (BJSM 59:1203–1210, "How much running is too much? Identifying high-risk running sessions in a 5200-person cohort
/// study") compared each session with the longest run of the previous 30 days: sessions > 10–30 % longer had
/// hazard rate ratio 1.64 (95 % CI 1.31–2.05), > 30–100 % 1.52 (1.16–2.00), > 100 % 2.28 (1.50–3.48) against
/// regression or up to 10 %. Risk already rises past 10 %; the default 1.3 flags the moderate and large spikes
/// only, as a deliberate trade against firing on every normal long-run build — lower it to 1.1 to follow the
/// paper's first band. A run with no run in its baseline window (a return from a break) is not judged.
/// </summary>
public sealed class LongRunSpikeGuardrail : IGuardrail
{
    public const string MaxRatio = "long_run_spike.max_ratio";
    public const string BaselineDays = "long_run_spike.baseline_days";
    public const int RecentDays = 7;

    public string Id => "long_run_spike";

    public IReadOnlyList<GuardrailSetting> Settings { get; } =
    [
        new(MaxRatio, 1.3, 1.05, 3, "a recent run longer than this × the longest run of its baseline window asks for less volume",
            "Frandsen et al. 2025, BJSM 59:1203–1210: rates rise from > 10 % over the longest run of the past 30 days; 1.3 = end of their 'small spike' band"),
        new(BaselineDays, 30, 14, DecisionSnapshot.ActivityWindowDays - RecentDays, "days before a run whose longest run is its baseline",
            "Frandsen et al. 2025, BJSM 59:1203–1210: the previous 30 days"),
    ];

    public GuardrailOutcome Evaluate(DecisionSnapshot snapshot, GuardrailSettings settings)
    {
        var max = settings.Get(MaxRatio);
        var window = (int)settings.Get(BaselineDays);
        var worst = WorstSpike(snapshot, window);
        var observed = Values.Observed(("run_km", worst?.RunKm), ("longest_run_before_km", worst?.LongestBeforeKm), ("ratio", worst?.Ratio));
        var thresholds = Values.Thresholds(("max_ratio", max), ("baseline_days", window));
        if (worst is not { } spike)
            return GuardrailOutcome.NotEvaluated(Id, $"no run in the last {RecentDays} days with a run in the {window} days before it to compare with", observed, thresholds);
        var text = FormattableString.Invariant(
            $"the {spike.RunKm:0.0} km run on {spike.Date:yyyy-MM-dd} is {spike.Ratio:0.00} × the longest run of the {window} days before it ({spike.LongestBeforeKm:0.0} km)");
        if (spike.Ratio <= max) return GuardrailOutcome.Clear(Id, FormattableString.Invariant($"{text}, at most {max:0.00}"), observed, thresholds);
        return GuardrailOutcome.Fire(Id, Recommendation.ReduceVolume, FormattableString.Invariant($"{text}, above {max:0.00}: keep today short"), observed, thresholds);
    }

    private sealed record Spike(DateOnly Date, long ActivityId, double RunKm, double LongestBeforeKm)
    {
        public double Ratio => RunKm / LongestBeforeKm;
    }

    /// <summary>The recent run with the highest ratio (ties: earliest, then lowest id), or null when none has a baseline.</summary>
    private static Spike? WorstSpike(DecisionSnapshot snapshot, int baselineDays)
    {
        var runs = snapshot.Activities.Where(a => a.IsRun && a.DistanceM > 0).ToList();
        Spike? worst = null;
        foreach (var run in runs.Where(r => r.Date >= snapshot.Date.AddDays(-RecentDays) && r.Date < snapshot.Date))
        {
            var longestBeforeM = runs.Where(r => r.Date < run.Date && r.Date >= run.Date.AddDays(-baselineDays)).Select(r => r.DistanceM).DefaultIfEmpty(0).Max();
            if (!(longestBeforeM > 0)) continue;
            var spike = new Spike(run.Date, run.Id, run.DistanceM / 1000, longestBeforeM / 1000);
            if (worst is null || spike.Ratio > worst.Ratio
                || spike.Ratio == worst.Ratio && (spike.Date, spike.ActivityId).CompareTo((worst.Date, worst.ActivityId)) < 0)
                worst = spike;
        }
        return worst;
    }
}
