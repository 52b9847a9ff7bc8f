namespace HybridCoach.Domain.Load;

/// <summary>Constants of the daily series, with their sources; every one can be overridden.</summary>
public sealed record SeriesSettings
{
    public static SeriesSettings Default { get; } = new();

    /// <summary>Acute window of the rolling workload ratios (Hulin/Gabbett; science.md §3).</summary>
    public int AcuteDays { get; init; } = 7;

    /// <summary>Chronic window of the rolling ratios; the uncoupled chronic window is the
    /// ChronicDays − AcuteDays days before the acute week (Lolli et al. 2017; science.md §3).</summary>
    public int ChronicDays { get; init; } = 28;

    /// <summary>N of the acute EWMA, λ = 2/(N+1) (Williams et al., BJSM 2017;51:209–210).</summary>
    public int EwmaAcuteN { get; init; } = 7;

    /// <summary>N of the chronic EWMA, λ = 2/(N+1) (Williams et al. 2017).</summary>
    public int EwmaChronicN { get; init; } = 28;

    /// <summary>Days of history a workload ratio needs before it is reported (the chronic window).</summary>
    public int WarmUpDays { get; init; } = 28;

    /// <summary>Window of monotony and strain (Foster 1998: one week).</summary>
    public int MonotonyDays { get; init; } = 7;

    /// <summary>Foster does not say which SD; we use the population SD (n), as the week is the whole
    /// population being described, not a sample of one (science.md §4).</summary>
    public StandardDeviationConvention MonotonySd { get; init; } = StandardDeviationConvention.Population;

    /// <summary>Monotony when the week's loads are all equal and positive (SD 0): fellrnr.com caps it at 10.</summary>
    public double MonotonyCap { get; init; } = 10;

    /// <summary>Chronic load time constant (GoldenCheetah LTS, TrainingPeaks CTL: 42 days).</summary>
    public double ChronicTimeConstantDays { get; init; } = 42;

    /// <summary>Acute load time constant (GoldenCheetah STS, TrainingPeaks ATL: 7 days).</summary>
    public double AcuteTimeConstantDays { get; init; } = 7;

    /// <summary>The recursion's gain; exponential by default (GoldenCheetah, intervals.icu).</summary>
    public EwmaForm FitnessFatigueForm { get; init; } = EwmaForm.Exponential;

    /// <summary>False (default): form on day d is yesterday's chronic − acute (TrainingPeaks "Form (TSB)",
    /// GoldenCheetah's default). True: today's.</summary>
    public bool FormFromToday { get; init; }

    /// <summary>
    /// A rest day has no run and at most this much other activity (an easy walk or mobility session still
    /// counts as rest). A product rule, not a published threshold.
    /// </summary>
    public double RestDayMaxOtherTimeS { get; init; } = 1800;
}
