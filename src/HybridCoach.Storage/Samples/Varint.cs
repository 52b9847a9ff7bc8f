namespace HybridCoach.Storage.Samples;

/// <summary>
/// LEB128 unsigned varints with zigzag mapping for signed values, as in Protocol Buffers
/// (https://protobuf.dev/programming-guides/encoding/#varints): small deltas take one byte.
/// </summary>
internal static class Varint
{
    public const int MaxBytes = 10;

    public static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));

    public static long UnZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);

    public static int Write(Span<byte> destination, ulong value)
    {
        var i = 0;
        while (value >= 0x80)
        {
            destination[i++] = (byte)(value | 0x80);
            value >>= 7;
        }
        destination[i++] = (byte)value;
        return i;
    }

    public static ulong Read(ReadOnlySpan<byte> source, ref int position)
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= source.Length) throw new InvalidDataException("sample column ends inside a varint");
            var b = source[position++];
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return result;
        }
        throw new InvalidDataException("sample column has a varint longer than 10 bytes");
    }
}
