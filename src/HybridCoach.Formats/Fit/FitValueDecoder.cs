using System.Text;

namespace HybridCoach.Formats.Fit;

/// <summary>
/// Turns one field's bytes into a value (message mode): strings up to the first NUL (or the whole field
/// when unterminated, as unterminated-strings.fit needs), numbers with scale/offset, arrays element by
/// element. Returns null when the value is the base type's invalid sentinel (all elements, for arrays).
/// </summary>
internal static class FitValueDecoder
{
    public static object? Decode(ReadOnlySpan<byte> bytes, FitBaseType type, bool bigEndian, double scale, double offset)
    {
        if (type == FitBaseType.String) return DecodeString(bytes);
        if (type == FitBaseType.Byte) return bytes.IndexOfAnyExcept((byte)0xFF) < 0 ? null : bytes.ToArray();
        var size = FitBaseTypes.Size(type);
        var count = bytes.Length / size;
        var scaled = scale != 1 || offset != 0 || FitBaseTypes.IsFloat(type);
        if (count == 1) return DecodeOne(bytes, type, bigEndian, scale, offset, scaled);
        return scaled ? DecodeDoubles(bytes, type, bigEndian, scale, offset, count) : DecodeLongs(bytes, type, bigEndian, count);
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

    private static object? DecodeOne(ReadOnlySpan<byte> bytes, FitBaseType type, bool bigEndian, double scale, double offset, bool scaled)
    {
        if (!scaled) return FitBaseTypes.TryReadInteger(bytes, type, bigEndian, out var integer) ? integer : null;
        return FitBaseTypes.TryReadNumber(bytes, type, bigEndian, out var number) ? number / scale - offset : null;
    }

    private static double[]? DecodeDoubles(ReadOnlySpan<byte> bytes, FitBaseType type, bool bigEndian, double scale, double offset, int count)
    {
        var values = new double[count];
        var valid = false;
        var size = FitBaseTypes.Size(type);
        for (var i = 0; i < count; i++)
        {
            if (FitBaseTypes.TryReadNumber(bytes.Slice(i * size, size), type, bigEndian, out var number))
            {
                values[i] = number / scale - offset;
                valid = true;
            }
            else values[i] = double.NaN;
        }
        return valid ? values : null;
    }

    private static long[]? DecodeLongs(ReadOnlySpan<byte> bytes, FitBaseType type, bool bigEndian, int count)
    {
        var values = new long[count];
        var valid = false;
        var size = FitBaseTypes.Size(type);
        for (var i = 0; i < count; i++)
        {
            valid |= FitBaseTypes.TryReadInteger(bytes.Slice(i * size, size), type, bigEndian, out values[i]);
        }
        return valid ? values : null;
    }
}
