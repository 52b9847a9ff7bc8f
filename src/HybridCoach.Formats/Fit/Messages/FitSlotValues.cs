using HybridCoach.Formats.Fit.Profile;

namespace HybridCoach.Formats.Fit.Messages;

/// <summary>
/// Turns stored slots back into what <see cref="FitField"/> promises, only when a caller asks: the name and
/// units from the FIT Profile ("unknown_N" for fields it does not list), and the value as an object.
/// </summary>
internal static class FitSlotValues
{
    private static readonly string[] UnknownNames =
        [.. Enumerable.Range(0, 256).Select(n => "unknown_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    public static string Name(FitMessageProfile? profile, in FitFieldSlot slot) =>
        slot.ImpliedTimestamp ? "timestamp" : profile?.Field(slot.Number)?.Name ?? UnknownNames[slot.Number];

    public static string? Units(FitMessageProfile? profile, in FitFieldSlot slot) =>
        slot.ImpliedTimestamp ? "s" : profile?.Field(slot.Number)?.Units;

    public static object ToObject(FitMessageStore store, FitSlotKind kind, long bits, int length) => kind switch
    {
        FitSlotKind.Long => bits,
        FitSlotKind.Double => BitConverter.Int64BitsToDouble(bits),
        FitSlotKind.String or FitSlotKind.StringArray => store.Object(bits),
        FitSlotKind.Bytes => store.Bytes(bits, length).ToArray(),
        FitSlotKind.LongArray => store.Elements(bits, length).ToArray(),
        FitSlotKind.DoubleArray => ToDoubles(store.Elements(bits, length)),
        _ => throw new InvalidOperationException($"no value of kind {kind}"),
    };

    /// <summary>The value as a number (first element of an array), or null for strings and byte arrays.</summary>
    public static double? AsDouble(FitMessageStore store, FitSlotKind kind, long bits, int length) => kind switch
    {
        FitSlotKind.Long => bits,
        FitSlotKind.Double => BitConverter.Int64BitsToDouble(bits),
        FitSlotKind.LongArray when length > 0 => store.Elements(bits, length)[0],
        FitSlotKind.DoubleArray when length > 0 => BitConverter.Int64BitsToDouble(store.Elements(bits, length)[0]),
        _ => null,
    };

    public static double[] ToDoubles(ReadOnlySpan<long> bits)
    {
        var values = new double[bits.Length];
        for (var i = 0; i < values.Length; i++) values[i] = BitConverter.Int64BitsToDouble(bits[i]);
        return values;
    }
}
