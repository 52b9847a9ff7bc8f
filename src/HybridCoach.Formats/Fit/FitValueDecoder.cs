using System.Text;
using HybridCoach.Formats.Fit.Messages;

namespace HybridCoach.Formats.Fit;

/// <summary>
/// Turns one field's bytes into a stored value (message mode): strings up to the first NUL (or the whole
/// field when unterminated, as unterminated-strings.fit needs), numbers with scale/offset, arrays element by
/// element. Returns <see cref="FitSlotKind.None"/> when the value is the base type's invalid sentinel (all
/// elements, for arrays; an invalid element of a scaled array becomes NaN).
/// </summary>
internal static class FitValueDecoder
{
    public static FitSlotKind Decode(ReadOnlySpan<byte> bytes, in FitFieldPlan plan, FitMessageStore store, out long bits,
        out byte length)
    {
        length = 0;
        bits = 0;
        switch (plan.Shape)
        {
            case FitValueShape.Integer:
                return plan.Format.TryReadInteger(bytes, out bits) ? FitSlotKind.Long : FitSlotKind.None;
            case FitValueShape.Scaled:
                if (!plan.Format.TryReadNumber(bytes, out var number)) return FitSlotKind.None;
                bits = BitConverter.DoubleToInt64Bits(number / plan.Scale - plan.ValueOffset);
                return FitSlotKind.Double;
            case FitValueShape.String:
                return DecodeString(bytes) is { } text ? Store(store, text, out bits) : FitSlotKind.None;
            case FitValueShape.Bytes:
                if (bytes.IndexOfAnyExcept((byte)0xFF) < 0) return FitSlotKind.None;
                bits = store.AddBytes(bytes);
                length = (byte)bytes.Length;
                return FitSlotKind.Bytes;
            default:
                return DecodeArray(bytes, plan, store, out bits, out length);
        }
    }

    /// <summary>
    /// A string field; a field holding several NUL-separated strings (a string array, e.g. the "message
    /// field" developer field of ActivityDevFields.fit) becomes a <c>string[]</c>.
    /// </summary>
    public static object? DecodeString(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.IndexOf((byte)0);
        if (end < 0) return bytes.IsEmpty ? null : Encoding.UTF8.GetString(bytes);
        var first = end == 0 ? null : Encoding.UTF8.GetString(bytes[..end]);
        var rest = bytes[(end + 1)..];
        if (rest.IndexOfAnyExcept((byte)0) < 0) return first;
        var parts = new List<string>();
        if (first is not null) parts.Add(first);
        foreach (var range in rest.Split((byte)0))
        {
            if (range.Start.Value != range.End.Value) parts.Add(Encoding.UTF8.GetString(rest[range]));
        }
        return parts.Count == 1 ? parts[0] : parts.ToArray();
    }

    private static FitSlotKind Store(FitMessageStore store, object text, out long bits)
    {
        bits = store.AddObject(text);
        return text is string ? FitSlotKind.String : FitSlotKind.StringArray;
    }

    private static FitSlotKind DecodeArray(ReadOnlySpan<byte> bytes, in FitFieldPlan plan, FitMessageStore store,
        out long bits, out byte length)
    {
        var count = plan.Count;
        var elements = store.ReserveElements(count, out var start);
        var valid = false;
        var format = plan.Format;
        var size = format.Size;
        if (plan.Shape == FitValueShape.IntegerArray)
        {
            for (var i = 0; i < count; i++) valid |= format.TryReadInteger(bytes[(i * size)..], out elements[i]);
        }
        else
        {
            for (var i = 0; i < count; i++)
            {
                var ok = format.TryReadNumber(bytes[(i * size)..], out var number);
                elements[i] = BitConverter.DoubleToInt64Bits(ok ? number / plan.Scale - plan.ValueOffset : double.NaN);
                valid |= ok;
            }
        }
        bits = start;
        length = (byte)count;
        if (!valid) return FitSlotKind.None;
        store.CommitElements(start, count);
        return plan.Shape == FitValueShape.ScaledArray ? FitSlotKind.DoubleArray : FitSlotKind.LongArray;
    }
}
