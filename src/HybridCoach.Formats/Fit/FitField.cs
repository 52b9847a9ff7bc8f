namespace HybridCoach.Formats.Fit;

/// <summary>
/// One decoded field. <see cref="Value"/> is a <see cref="long"/> (unscaled integers, enums, raw FIT
/// date_times in seconds since 1989-12-31), a <see cref="double"/> (scaled or float values), a
/// <see cref="string"/>, or an array (<c>long[]</c>, <c>double[]</c>, <c>byte[]</c>, <c>string[]</c>). Invalid values are
/// left out of the message entirely.
/// </summary>
public sealed record FitField(int Number, string Name, object Value, string? Units)
{
    /// <summary>The value as a number (first element of an array), or null for strings and byte arrays.</summary>
    public double? AsDouble() => Value switch
    {
        long l => l,
        double d => d,
        long[] { Length: > 0 } a => a[0],
        double[] { Length: > 0 } a => a[0],
        _ => null,
    };
}
