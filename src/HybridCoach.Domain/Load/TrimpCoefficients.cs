namespace HybridCoach.Domain.Load;

/// <summary>
/// The weighting a and b of Banister's TRIMP, a × exp(b × HRr) (science.md §5; Banister 1991, Morton et al.
/// 1990). We follow Banister/Morton: men 0.64 / 1.92, women 0.86 / 1.67. GoldenCheetah instead keeps a = 0.64
/// for women; we do not.
/// </summary>
public sealed record TrimpCoefficients(double A, double B)
{
    public static TrimpCoefficients Men { get; } = new(0.64, 1.92);
    public static TrimpCoefficients Women { get; } = new(0.86, 1.67);

    /// <summary>"0.64/1.92" — for derivation strings.</summary>
    public override string ToString() => FormattableString.Invariant($"{A}/{B}");
}
