namespace HybridCoach.Domain.Load;

/// <summary>
/// One activity's load in one measure, with how it was derived: the formula's stable id and a short
/// human-readable account of the inputs (e.g. "6 RPE × 120.0 min"), so a stored load can be explained.
/// </summary>
public sealed record LoadValue(LoadMeasure Measure, double Value, string FormulaId, string Derivation);
