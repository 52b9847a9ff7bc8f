using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace HybridCoach.Formats.Fit;

/// <summary>
/// How to read one numeric element of a base type, precomputed once per definition field so the hot loops
/// read it with one size switch, one compare and one shift: the raw little- or big-endian bits are compared
/// with the type's invalid sentinel (FIT Protocol document, "Base Types" table: 0x7F.. for signed, all ones
/// for unsigned, 0 for the "z" types, all ones for floats), then sign-extended for signed types. Enum, byte
/// and uint8 read as unsigned bytes with 0xFF invalid; uint64 values keep their bits in a long.
/// </summary>
internal readonly record struct FitElementFormat(byte Size, byte SignShift, bool BigEndian, bool IsFloat, bool IsUInt64, ulong InvalidRaw)
{
    public static FitElementFormat For(FitBaseType type, bool bigEndian)
    {
        var size = (byte)FitBaseTypes.Size(type);
        var signed = type is FitBaseType.SInt8 or FitBaseType.SInt16 or FitBaseType.SInt32 or FitBaseType.SInt64;
        var allOnes = size == 8 ? ulong.MaxValue : (1UL << (8 * size)) - 1;
        var invalid = type switch
        {
            FitBaseType.UInt8z or FitBaseType.UInt16z or FitBaseType.UInt32z or FitBaseType.UInt64z => 0UL,
            _ when signed => allOnes >> 1,
            _ => allOnes,
        };
        return new FitElementFormat(size, (byte)(signed ? 64 - (8 * size) : 0), bigEndian && size > 1, FitBaseTypes.IsFloat(type),
            type is FitBaseType.UInt64 or FitBaseType.UInt64z, invalid);
    }

    /// <summary>Reads an integer element (sign-extended); false for the invalid sentinel. Not for floats.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryReadInteger(ReadOnlySpan<byte> bytes, out long value)
    {
        var raw = ReadRaw(bytes);
        value = (long)(raw << SignShift) >> SignShift;
        return raw != InvalidRaw;
    }

    /// <summary>Reads any numeric element as a double (uint64 unsigned); false for the invalid sentinel or NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryReadNumber(ReadOnlySpan<byte> bytes, out double value)
    {
        var raw = ReadRaw(bytes);
        if (IsFloat)
        {
            value = Size == 4 ? BitConverter.UInt32BitsToSingle((uint)raw) : BitConverter.UInt64BitsToDouble(raw);
            return raw != InvalidRaw && !double.IsNaN(value);
        }
        value = IsUInt64 ? raw : (double)((long)(raw << SignShift) >> SignShift);
        return raw != InvalidRaw;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong ReadRaw(ReadOnlySpan<byte> bytes) => Size switch
    {
        1 => bytes[0],
        2 => BigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes) : BinaryPrimitives.ReadUInt16LittleEndian(bytes),
        4 => BigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes),
        _ => BigEndian ? BinaryPrimitives.ReadUInt64BigEndian(bytes) : BinaryPrimitives.ReadUInt64LittleEndian(bytes),
    };
}
