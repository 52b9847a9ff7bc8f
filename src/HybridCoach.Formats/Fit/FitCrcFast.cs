using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HybridCoach.Formats.Fit;

/// <summary>
/// The same CRC as <see cref="FitCrc"/> (reflected CRC-16/ARC, FIT Protocol "CRC"), computed eight bytes at a
/// time ("slicing-by-8"): the nibble-wise reference runs at ~80 MB/s, which would cap decoding speed.
/// Table 0 is built from <see cref="FitCrc"/> itself (the CRC of each single byte from 0); table k is
/// table k-1 advanced by one zero byte. Long inputs are cut into four parts whose CRCs are computed
/// interleaved (four independent dependency chains instead of one) and then joined: with initial value 0
/// and no final XOR the CRC is linear, so CRC(A‖B) = CRC(A)·x^(8·|B|) mod P ⊕ CRC(B).
/// Tests check it equals <see cref="FitCrc.Compute"/>.
/// </summary>
internal static class FitCrcFast
{
    private const int Streams = 4;
    private const int MinInterleavedLength = 4096;

    /// <summary>The reflected polynomial: x^16 mod P with P = x^16 + x^15 + x^2 + 1 (bit 15 is x^0).</summary>
    private const ushort ReflectedPolynomial = 0xA001;

    private const ushort One = 0x8000;

    /// <summary>Eight 256-entry tables back to back (table k at k * 256).</summary>
    private static readonly ushort[] Tables = BuildTables();

    public static ushort Compute(ReadOnlySpan<byte> data, ushort crc = 0)
    {
        if (data.Length < MinInterleavedLength) return Sliced(data, crc);
        var part = data.Length / Streams / 8 * 8;
        var (c0, c1, c2, c3) = Interleaved(data, part, crc);
        var shift = PowerOfX(8L * part);
        crc = (ushort)(Multiply(c0, shift) ^ c1);
        crc = (ushort)(Multiply(crc, shift) ^ c2);
        crc = (ushort)(Multiply(crc, shift) ^ c3);
        return Sliced(data[(Streams * part)..], crc);
    }

    private static ushort Sliced(ReadOnlySpan<byte> data, ushort crc)
    {
        var t0 = Tables.AsSpan(0, 256);
        while (data.Length >= 8)
        {
            crc = Step(BinaryPrimitives.ReadUInt64LittleEndian(data), crc);
            data = data[8..];
        }
        foreach (var b in data) crc = (ushort)((crc >> 8) ^ t0[(crc ^ b) & 0xFF]);
        return crc;
    }

    /// <summary>CRCs of four consecutive parts of <paramref name="part"/> bytes, the first continuing <paramref name="crc"/>.</summary>
    private static (ushort, ushort, ushort, ushort) Interleaved(ReadOnlySpan<byte> data, int part, ushort crc)
    {
        var p0 = data[..part];
        var p1 = data.Slice(part, part);
        var p2 = data.Slice(2 * part, part);
        var p3 = data.Slice(3 * part, part);
        ushort c0 = crc, c1 = 0, c2 = 0, c3 = 0;
        for (var i = 0; i < part; i += 8)
        {
            c0 = Step(BinaryPrimitives.ReadUInt64LittleEndian(p0[i..]), c0);
            c1 = Step(BinaryPrimitives.ReadUInt64LittleEndian(p1[i..]), c1);
            c2 = Step(BinaryPrimitives.ReadUInt64LittleEndian(p2[i..]), c2);
            c3 = Step(BinaryPrimitives.ReadUInt64LittleEndian(p3[i..]), c3);
        }
        return (c0, c1, c2, c3);
    }

    /// <summary>
    /// Advances the CRC over eight bytes. Every index is a byte plus a table base below 2048, inside the
    /// table by construction, so the lookups skip bounds checks (they are the loop's whole cost).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ushort Step(ulong bytes, ushort crc)
    {
        ref var t = ref MemoryMarshal.GetArrayDataReference(Tables);
        var word = bytes ^ crc;
        return (ushort)(Unsafe.Add(ref t, (nint)(7 * 256 + (word & 0xFF))) ^ Unsafe.Add(ref t, (nint)(6 * 256 + ((word >> 8) & 0xFF)))
            ^ Unsafe.Add(ref t, (nint)(5 * 256 + ((word >> 16) & 0xFF))) ^ Unsafe.Add(ref t, (nint)(4 * 256 + ((word >> 24) & 0xFF)))
            ^ Unsafe.Add(ref t, (nint)(3 * 256 + ((word >> 32) & 0xFF))) ^ Unsafe.Add(ref t, (nint)(2 * 256 + ((word >> 40) & 0xFF)))
            ^ Unsafe.Add(ref t, (nint)(256 + ((word >> 48) & 0xFF))) ^ Unsafe.Add(ref t, (nint)(word >> 56)));
    }

    /// <summary>a·b mod P in the reflected representation (shift-and-add; shifting right multiplies by x).</summary>
    private static ushort Multiply(ushort a, ushort b)
    {
        ushort product = 0;
        for (var bit = One; bit != 0; bit >>= 1)
        {
            if ((a & bit) != 0) product ^= b;
            b = (b & 1) != 0 ? (ushort)((b >> 1) ^ ReflectedPolynomial) : (ushort)(b >> 1);
        }
        return product;
    }

    /// <summary>x^n mod P by square-and-multiply.</summary>
    private static ushort PowerOfX(long n)
    {
        ushort result = One;
        ushort square = One >> 1; // x^1
        for (; n > 0; n >>= 1)
        {
            if ((n & 1) != 0) result = Multiply(result, square);
            square = Multiply(square, square);
        }
        return result;
    }

    private static ushort[] BuildTables()
    {
        var tables = new ushort[8 * 256];
        for (var i = 0; i < 256; i++) tables[i] = FitCrc.Compute([(byte)i]);
        for (var k = 1; k < 8; k++)
        {
            for (var i = 0; i < 256; i++)
            {
                var previous = tables[((k - 1) * 256) + i];
                tables[(k * 256) + i] = (ushort)((previous >> 8) ^ tables[previous & 0xFF]);
            }
        }
        return tables;
    }
}
