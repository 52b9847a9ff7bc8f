namespace HybridCoach.Domain.Load;

/// <summary>Tunable constants of the per-activity load formulas; the defaults are the documented ones.</summary>
public sealed record LoadSettings
{
    public static LoadSettings Default { get; } = new();

    /// <summary>
    /// A gap between samples longer than this is a pause (auto-pause or stop), not time spent at the last
    /// heart rate or speed. 30 s is above any smart-recording interval we have seen in the corpus.
    /// </summary>
    public double MaxSampleGapS { get; init; } = 30;

    /// <summary>The distance over which grade is measured, to keep barometric and GPS altitude noise from
    /// turning into steep grades over one-metre intervals.</summary>
    public double GradeWindowM { get; init; } = 20;

    /// <summary>Rolling window of the normalised graded speed: 30 s as in Coggan's normalised power and
    /// Skiba's LNP (science.md §6, GOVSS).</summary>
    public double NormalisingWindowS { get; init; } = 30;

    /// <summary>Exponent of the normalising mean (4 in normalised power and LNP, science.md §6).</summary>
    public double NormalisingExponent { get; init; } = 4;

    /// <summary>
    /// The series uses a measure when at least this share of the activities has it (TrainingLoadSelector);
    /// the rest are estimated from their duration.
    /// </summary>
    public double MinimumCoverage { get; init; } = 0.8;
}
