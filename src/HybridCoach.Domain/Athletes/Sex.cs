namespace HybridCoach.Domain.Athletes;

/// <summary>Biological sex, as the sex-specific formulas need it (Banister TRIMP coefficients, science.md §5).</summary>
public enum Sex
{
    Female,
    Male,
}
