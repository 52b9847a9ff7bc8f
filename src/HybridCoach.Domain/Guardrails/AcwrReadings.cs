using HybridCoach.Domain.Load;

namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// What the three ACWR guardrails share: the ratio they decide on — the rolling coupled ratio of the day before
/// (Hulin/Gabbett; Gabbett 2016's bands were drawn on rolling averages, science.md §3) — the three ratios they
/// all report, and the reason given when there is no ratio to judge.
/// </summary>
public static class AcwrReadings
{
    /// <summary>The rolling coupled ratio as of the day before the decided date, or null (no metrics, warm-up, no chronic load).</summary>
    public static double? Decisive(DecisionSnapshot snapshot) => snapshot.Metrics?.AcwrCoupled;

    /// <summary>The three ratios (null where undefined) followed by <paramref name="extra"/> values.</summary>
    public static IReadOnlyDictionary<string, double?> Observed(DailyMetrics? metrics, params (string Key, double? Value)[] extra) =>
        Values.Observed([
            (WorkloadRatio.CoupledId, metrics?.AcwrCoupled),
            (WorkloadRatio.UncoupledId, metrics?.AcwrUncoupled),
            (WorkloadRatio.EwmaId, metrics?.AcwrEwma),
            .. extra,
        ]);

    public static string Missing(DecisionSnapshot snapshot)
    {
        var day = snapshot.Date.AddDays(-1);
        return snapshot.Metrics is null
            ? $"no training metrics as of {day:yyyy-MM-dd}, so no ACWR to judge"
            : $"no rolling ACWR as of {day:yyyy-MM-dd}: no chronic load yet (a ratio needs 28 days of history and some load in them)";
    }
}
