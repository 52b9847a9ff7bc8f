namespace HybridCoach.Domain.Load;

/// <summary>
/// Acute:chronic workload ratio in its three published forms (science.md §3), over daily loads indexed by
/// day. <c>historyStart</c> is the index of the first day with data: ratios are reported once
/// <see cref="SeriesSettings.WarmUpDays"/> days of history exist, and the EWMAs are seeded there.
/// Worked vector (21 days of 30, then 7 of 50), day 28: coupled 50/35 = 1.428571, uncoupled 50/30 = 1.666667,
/// EWMA 47.330322/37.871967 = 1.249746.
/// </summary>
public static class WorkloadRatio
{
    public const string CoupledId = "acwr_coupled";
    public const string UncoupledId = "acwr_uncoupled";
    public const string EwmaId = "acwr_ewma";

    /// <summary>Rolling, coupled (Hulin/Gabbett): mean of the last 7 days ÷ mean of the last 28, which include them.</summary>
    public static WorkloadRatioSeries RollingCoupled(ReadOnlySpan<double> loads, int historyStart, SeriesSettings? settings = null)
    {
        settings ??= SeriesSettings.Default;
        return Rolling(loads, historyStart, settings, settings.ChronicDays, 0);
    }

    /// <summary>Rolling, uncoupled (Lolli et al. 2017; Windt &amp; Gabbett): mean(t−6…t) ÷ mean(t−27…t−7).</summary>
    public static WorkloadRatioSeries RollingUncoupled(ReadOnlySpan<double> loads, int historyStart, SeriesSettings? settings = null)
    {
        settings ??= SeriesSettings.Default;
        return Rolling(loads, historyStart, settings, settings.ChronicDays - settings.AcuteDays, settings.AcuteDays);
    }

    /// <summary>
    /// EWMA (Williams et al., BJSM 2017;51:209–210): ewma[t] = load[t]·λ + (1−λ)·ewma[t−1], λ = 2/(N+1),
    /// N = 7 and 28. Both are seeded with the first history day's load, as the ACWR R package does
    /// (JorgeDelro/ACWR R/EWMA.R: EWMA[1] = TL[1]); days before the history are 0.
    /// </summary>
    public static WorkloadRatioSeries Ewma(ReadOnlySpan<double> loads, int historyStart, SeriesSettings? settings = null)
    {
        settings ??= SeriesSettings.Default;
        Validate(settings);
        var acuteLambda = 2.0 / (settings.EwmaAcuteN + 1);
        var chronicLambda = 2.0 / (settings.EwmaChronicN + 1);
        var acute = new double[loads.Length];
        var chronic = new double[loads.Length];
        var ratio = new double?[loads.Length];
        for (var t = Math.Max(0, historyStart); t < loads.Length; t++)
        {
            if (t == historyStart)
            {
                acute[t] = chronic[t] = loads[t];
            }
            else
            {
                acute[t] = loads[t] * acuteLambda + (1 - acuteLambda) * acute[t - 1];
                chronic[t] = loads[t] * chronicLambda + (1 - chronicLambda) * chronic[t - 1];
            }
            ratio[t] = Ratio(acute[t], chronic[t], t - historyStart + 1 >= settings.WarmUpDays);
        }
        return new WorkloadRatioSeries(acute, chronic, ratio);
    }

    // Chronic = mean of chronicDays days ending `gap` days before the acute window's end.
    private static WorkloadRatioSeries Rolling(ReadOnlySpan<double> loads, int historyStart, SeriesSettings settings, int chronicDays, int gap)
    {
        Validate(settings);
        var prefix = new double[loads.Length + 1];
        for (var i = 0; i < loads.Length; i++) prefix[i + 1] = prefix[i] + loads[i];
        var acute = new double[loads.Length];
        var chronic = new double[loads.Length];
        var ratio = new double?[loads.Length];
        for (var t = 0; t < loads.Length; t++)
        {
            acute[t] = Sum(prefix, t - settings.AcuteDays + 1, t) / settings.AcuteDays;
            chronic[t] = Sum(prefix, t - gap - chronicDays + 1, t - gap) / chronicDays;
            ratio[t] = Ratio(acute[t], chronic[t], t >= historyStart && t - historyStart + 1 >= settings.WarmUpDays);
        }
        return new WorkloadRatioSeries(acute, chronic, ratio);
    }

    private static double Sum(double[] prefix, int first, int last) =>
        last < 0 ? 0 : prefix[last + 1] - prefix[Math.Max(0, first)];

    private static double? Ratio(double acute, double chronic, bool warmedUp) =>
        warmedUp && chronic > 0 ? acute / chronic : null;

    private static void Validate(SeriesSettings settings)
    {
        if (settings.AcuteDays < 1 || settings.ChronicDays <= settings.AcuteDays)
            throw new ArgumentException($"windows must satisfy 1 ≤ acute ({settings.AcuteDays}) < chronic ({settings.ChronicDays}) days", nameof(settings));
        if (settings.EwmaAcuteN < 1 || settings.EwmaChronicN < 1)
            throw new ArgumentException("EWMA N must be at least 1 day", nameof(settings));
    }
}
