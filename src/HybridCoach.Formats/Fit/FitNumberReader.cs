using System.Buffers.Binary;

namespace HybridCoach.Formats.Fit;

/// <summary>
/// Reads one numeric element by a precomputed format key (base-type number in the low 5 bits, bit 5 set
/// for big-endian multi-byte types), so per-field reads in the hot loops dispatch through one dense jump
/// table instead of testing the type and the architecture separately. Same results and invalid-value
/// sentinels as <see cref="FitBaseTypes"/> (FIT Protocol document, "Base Types" table).
/// </summary>
internal static class FitNumberReader
{
    private const int BigEndianBit = 0x20;

    public static int Key(FitBaseType type, bool bigEndian) =>
        ((int)type & 0x1F) | (bigEndian && FitBaseTypes.Size(type) > 1 ? BigEndianBit : 0);

    /// <summary>Reads an integer element (sign-extended); false for the type's invalid sentinel. Not for floats.</summary>
    public static bool TryReadInteger(ReadOnlySpan<byte> b, int key, out long value)
    {
        switch (key)
        {
            case 1: value = (sbyte)b[0]; return value != 0x7F;
            case 10: value = b[0]; return value != 0;
            case 3: value = BinaryPrimitives.ReadInt16LittleEndian(b); return value != 0x7FFF;
            case 3 | BigEndianBit: value = BinaryPrimitives.ReadInt16BigEndian(b); return value != 0x7FFF;
            case 4: value = BinaryPrimitives.ReadUInt16LittleEndian(b); return value != 0xFFFF;
            case 4 | BigEndianBit: value = BinaryPrimitives.ReadUInt16BigEndian(b); return value != 0xFFFF;
            case 11: value = BinaryPrimitives.ReadUInt16LittleEndian(b); return value != 0;
            case 11 | BigEndianBit: value = BinaryPrimitives.ReadUInt16BigEndian(b); return value != 0;
            case 5: value = BinaryPrimitives.ReadInt32LittleEndian(b); return value != 0x7FFFFFFF;
            case 5 | BigEndianBit: value = BinaryPrimitives.ReadInt32BigEndian(b); return value != 0x7FFFFFFF;
            case 6: value = BinaryPrimitives.ReadUInt32LittleEndian(b); return value != 0xFFFFFFFF;
            case 6 | BigEndianBit: value = BinaryPrimitives.ReadUInt32BigEndian(b); return value != 0xFFFFFFFF;
            case 12: value = BinaryPrimitives.ReadUInt32LittleEndian(b); return value != 0;
            case 12 | BigEndianBit: value = BinaryPrimitives.ReadUInt32BigEndian(b); return value != 0;
            case 14: value = BinaryPrimitives.ReadInt64LittleEndian(b); return value != long.MaxValue;
            case 14 | BigEndianBit: value = BinaryPrimitives.ReadInt64BigEndian(b); return value != long.MaxValue;
            case 15: value = BinaryPrimitives.ReadInt64LittleEndian(b); return value != -1;
            case 15 | BigEndianBit: value = BinaryPrimitives.ReadInt64BigEndian(b); return value != -1;
            case 16: value = BinaryPrimitives.ReadInt64LittleEndian(b); return value != 0;
            case 16 | BigEndianBit: value = BinaryPrimitives.ReadInt64BigEndian(b); return value != 0;
            default: value = b[0]; return value != 0xFF; // enum, uint8, byte
        }
    }

    /// <summary>Reads any non-string element as a double (uint64 unsigned); false for the invalid sentinel or NaN.</summary>
    public static bool TryReadNumber(ReadOnlySpan<byte> b, int key, out double value)
    {
        switch (key)
        {
            case 8:
                return Float(BinaryPrimitives.ReadUInt32LittleEndian(b), out value);
            case 8 | BigEndianBit:
                return Float(BinaryPrimitives.ReadUInt32BigEndian(b), out value);
            case 9:
                return Double(BinaryPrimitives.ReadUInt64LittleEndian(b), out value);
            case 9 | BigEndianBit:
                return Double(BinaryPrimitives.ReadUInt64BigEndian(b), out value);
            case 15 or 16 or (15 | BigEndianBit) or (16 | BigEndianBit):
                var ok = TryReadInteger(b, key, out var unsigned);
                value = (ulong)unsigned;
                return ok;
            default:
                var valid = TryReadInteger(b, key, out var integer);
                value = integer;
                return valid;
        }
    }

    public static bool IsFloat(int key) => (key & 0x1F) is 8 or 9;

    private static bool Float(uint bits, out double value)
    {
        value = BitConverter.UInt32BitsToSingle(bits);
        return bits != 0xFFFFFFFF && !double.IsNaN(value);
    }

    private static bool Double(ulong bits, out double value)
    {
        value = BitConverter.UInt64BitsToDouble(bits);
        return bits != ulong.MaxValue && !double.IsNaN(value);
    }
}
