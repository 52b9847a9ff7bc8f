namespace HybridCoach.Domain.Load;

/// <summary>
/// One activity's load in one measure as computed (and stored): the value with its derivation, or — when the
/// activity lacks what the measure needs — no value and the reason, so an unavailable measure is not
/// recomputed and can be explained.
/// </summary>
public sealed record MeasuredLoad(LoadMeasure Measure, LoadValue? Value, string? UnavailableReason)
{
    public static MeasuredLoad Available(LoadValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new MeasuredLoad(value.Measure, value, null);
    }

    public static MeasuredLoad Unavailable(LoadMeasure measure, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new MeasuredLoad(measure, null, reason);
    }
}
