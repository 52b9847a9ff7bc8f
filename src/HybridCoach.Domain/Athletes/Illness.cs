namespace HybridCoach.Domain.Athletes;

/// <summary>
/// Illness by the "neck check": symptoms only above the neck (runny nose, sore throat) versus below it
/// (fever, chest, aching muscles, gut) — the common rule for whether light training is reasonable.
/// </summary>
public enum Illness
{
    None,
    AboveNeck,
    BelowNeck,
}
