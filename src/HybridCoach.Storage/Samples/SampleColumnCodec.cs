using System.Buffers.Binary;
using System.IO.Compression;

namespace HybridCoach.Storage.Samples;

/// <summary>
/// Encodes one sample column as a compact BLOB: [kind][decimals][varint count][varint raw length][Brotli].
/// Timestamps are zigzag varint deltas (exact). Values are scaled to integers at the channel's decimals
/// and written as varint tokens: 0 = missing (NaN), otherwise zigzag(delta from the previous present
/// value) + 1. Smooth series give one-byte deltas that Brotli then shrinks further. A column with a value
/// that does not fit its step (infinite, or beyond 2^53 steps) is stored as raw doubles instead.
/// </summary>
internal static class SampleColumnCodec
{
    private const byte TimestampKind = 1;
    private const byte ScaledKind = 2;
    private const byte RawKind = 3;
    private const double MaxExactInteger = 9007199254740992d; // 2^53: beyond it doubles skip integers.
    // Brotli quality 5 of 11 with a 4 MiB window: most of the ratio for a fraction of the time of 11.
    private const int BrotliQuality = 5;
    private const int BrotliWindowBits = 22;

    public static byte[] EncodeTimestamps(ReadOnlySpan<long> timestampsMs)
    {
        var raw = new byte[timestampsMs.Length * Varint.MaxBytes];
        var length = 0;
        long previous = 0;
        foreach (var t in timestampsMs)
        {
            length += Varint.Write(raw.AsSpan(length), Varint.ZigZag(t - previous));
            previous = t;
        }
        return Pack(TimestampKind, 0, timestampsMs.Length, raw.AsSpan(0, length));
    }

    public static long[] DecodeTimestamps(byte[] blob)
    {
        var (kind, _, count, raw) = Unpack(blob);
        if (kind != TimestampKind) throw new InvalidDataException($"timestamps column has kind {kind}");
        var result = new long[count];
        var position = 0;
        long previous = 0;
        for (var i = 0; i < count; i++)
        {
            previous += Varint.UnZigZag(Varint.Read(raw, ref position));
            result[i] = previous;
        }
        return result;
    }

    public static byte[] EncodeValues(ReadOnlySpan<double> values, int decimals)
    {
        var scale = Math.Pow(10, decimals);
        foreach (var v in values)
        {
            if (!double.IsNaN(v) && !(Math.Abs(v * scale) < MaxExactInteger)) return EncodeRaw(values);
        }
        var raw = new byte[values.Length * Varint.MaxBytes];
        var length = 0;
        long previous = 0;
        foreach (var v in values)
        {
            if (double.IsNaN(v))
            {
                raw[length++] = 0;
                continue;
            }
            var q = (long)Math.Round(v * scale, MidpointRounding.AwayFromZero);
            length += Varint.Write(raw.AsSpan(length), Varint.ZigZag(q - previous) + 1);
            previous = q;
        }
        return Pack(ScaledKind, (byte)decimals, values.Length, raw.AsSpan(0, length));
    }

    public static double[] DecodeValues(byte[] blob)
    {
        var (kind, decimals, count, raw) = Unpack(blob);
        if (kind == RawKind) return DecodeRaw(raw, count);
        if (kind != ScaledKind) throw new InvalidDataException($"value column has kind {kind}");
        // Dividing the exact integer by the exact power of ten gives the double nearest the decimal value.
        var scale = Math.Pow(10, decimals);
        var result = new double[count];
        var position = 0;
        long previous = 0;
        for (var i = 0; i < count; i++)
        {
            var token = Varint.Read(raw, ref position);
            if (token == 0)
            {
                result[i] = double.NaN;
                continue;
            }
            previous += Varint.UnZigZag(token - 1);
            result[i] = previous / scale;
        }
        return result;
    }

    private static byte[] EncodeRaw(ReadOnlySpan<double> values)
    {
        var raw = new byte[values.Length * sizeof(double)];
        for (var i = 0; i < values.Length; i++)
            BinaryPrimitives.WriteDoubleLittleEndian(raw.AsSpan(i * sizeof(double)), values[i]);
        return Pack(RawKind, 0, values.Length, raw);
    }

    private static double[] DecodeRaw(ReadOnlySpan<byte> raw, int count)
    {
        if (raw.Length != count * sizeof(double)) throw new InvalidDataException("raw value column has the wrong length");
        var result = new double[count];
        for (var i = 0; i < count; i++)
            result[i] = BinaryPrimitives.ReadDoubleLittleEndian(raw[(i * sizeof(double))..]);
        return result;
    }

    private static byte[] Pack(byte kind, byte decimals, int count, ReadOnlySpan<byte> raw)
    {
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(raw.Length) + 2 + 2 * Varint.MaxBytes];
        compressed[0] = kind;
        compressed[1] = decimals;
        var header = 2 + Varint.Write(compressed.AsSpan(2), (ulong)count);
        header += Varint.Write(compressed.AsSpan(header), (ulong)raw.Length);
        if (!BrotliEncoder.TryCompress(raw, compressed.AsSpan(header), out var written, BrotliQuality, BrotliWindowBits))
            throw new InvalidOperationException("Brotli could not compress a sample column");
        return compressed[..(header + written)];
    }

    private static (byte Kind, int Decimals, int Count, byte[] Raw) Unpack(byte[] blob)
    {
        if (blob.Length < 4) throw new InvalidDataException("sample column is too short");
        var position = 2;
        var count = checked((int)Varint.Read(blob, ref position));
        var rawLength = checked((int)Varint.Read(blob, ref position));
        var raw = new byte[rawLength];
        if (!BrotliDecoder.TryDecompress(blob.AsSpan(position), raw, out var written) || written != rawLength)
            throw new InvalidDataException("sample column does not decompress to its stated length");
        return (blob[0], blob[1], count, raw);
    }
}
