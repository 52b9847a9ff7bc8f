using System.Buffers.Binary;

namespace HybridCoach.Formats.Fit;

/// <summary>
/// Size, invalid-value sentinel and raw reading of each <see cref="FitBaseType"/> (FIT Protocol document,
/// "Base Types" table: every type has a reserved invalid value, e.g. 0xFF for uint8, 0 for the "z" types).
/// </summary>
internal static class FitBaseTypes
{
    /// <summary>Maps the low 5 bits of a base-type byte to the canonical type; unknown numbers become bytes.</summary>
    public static FitBaseType Normalize(byte raw) => (raw & 0x1F) switch
    {
        0 => FitBaseType.Enum,
        1 => FitBaseType.SInt8,
        2 => FitBaseType.UInt8,
        3 => FitBaseType.SInt16,
        4 => FitBaseType.UInt16,
        5 => FitBaseType.SInt32,
        6 => FitBaseType.UInt32,
        7 => FitBaseType.String,
        8 => FitBaseType.Float32,
        9 => FitBaseType.Float64,
        10 => FitBaseType.UInt8z,
        11 => FitBaseType.UInt16z,
        12 => FitBaseType.UInt32z,
        14 => FitBaseType.SInt64,
        15 => FitBaseType.UInt64,
        16 => FitBaseType.UInt64z,
        _ => FitBaseType.Byte,
    };

    public static int Size(FitBaseType type) => type switch
    {
        FitBaseType.SInt16 or FitBaseType.UInt16 or FitBaseType.UInt16z => 2,
        FitBaseType.SInt32 or FitBaseType.UInt32 or FitBaseType.UInt32z or FitBaseType.Float32 => 4,
        FitBaseType.SInt64 or FitBaseType.UInt64 or FitBaseType.UInt64z or FitBaseType.Float64 => 8,
        _ => 1,
    };

    public static bool IsFloat(FitBaseType type) => type is FitBaseType.Float32 or FitBaseType.Float64;

    public static string Name(FitBaseType type) => type switch
    {
        FitBaseType.Enum => "enum",
        FitBaseType.SInt8 => "sint8",
        FitBaseType.UInt8 => "uint8",
        FitBaseType.SInt16 => "sint16",
        FitBaseType.UInt16 => "uint16",
        FitBaseType.SInt32 => "sint32",
        FitBaseType.UInt32 => "uint32",
        FitBaseType.String => "string",
        FitBaseType.Float32 => "float32",
        FitBaseType.Float64 => "float64",
        FitBaseType.UInt8z => "uint8z",
        FitBaseType.UInt16z => "uint16z",
        FitBaseType.UInt32z => "uint32z",
        FitBaseType.SInt64 => "sint64",
        FitBaseType.UInt64 => "uint64",
        FitBaseType.UInt64z => "uint64z",
        _ => "byte",
    };

    /// <summary>
    /// Reads one integer element (sign-extended for signed types). Returns false for the type's invalid
    /// sentinel. Not for floats or strings.
    /// </summary>
    public static bool TryReadInteger(ReadOnlySpan<byte> b, FitBaseType type, bool bigEndian, out long value)
    {
        switch (type)
        {
            case FitBaseType.SInt8:
                value = (sbyte)b[0];
                return value != 0x7F;
            case FitBaseType.UInt8z:
                value = b[0];
                return value != 0;
            case FitBaseType.SInt16:
                value = bigEndian ? BinaryPrimitives.ReadInt16BigEndian(b) : BinaryPrimitives.ReadInt16LittleEndian(b);
                return value != 0x7FFF;
            case FitBaseType.UInt16:
            case FitBaseType.UInt16z:
                value = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(b) : BinaryPrimitives.ReadUInt16LittleEndian(b);
                return type == FitBaseType.UInt16 ? value != 0xFFFF : value != 0;
            case FitBaseType.SInt32:
                value = bigEndian ? BinaryPrimitives.ReadInt32BigEndian(b) : BinaryPrimitives.ReadInt32LittleEndian(b);
                return value != 0x7FFFFFFF;
            case FitBaseType.UInt32:
            case FitBaseType.UInt32z:
                value = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(b) : BinaryPrimitives.ReadUInt32LittleEndian(b);
                return type == FitBaseType.UInt32 ? value != 0xFFFFFFFF : value != 0;
            case FitBaseType.SInt64:
                value = bigEndian ? BinaryPrimitives.ReadInt64BigEndian(b) : BinaryPrimitives.ReadInt64LittleEndian(b);
                return value != long.MaxValue;
            case FitBaseType.UInt64:
            case FitBaseType.UInt64z:
                var u = bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(b) : BinaryPrimitives.ReadUInt64LittleEndian(b);
                value = unchecked((long)u);
                return type == FitBaseType.UInt64 ? u != ulong.MaxValue : u != 0;
            default: // enum, uint8, byte
                value = b[0];
                return value != 0xFF;
        }
    }

    /// <summary>Reads one float element; false for the all-ones invalid pattern (and NaN).</summary>
    public static bool TryReadFloat(ReadOnlySpan<byte> b, FitBaseType type, bool bigEndian, out double value)
    {
        if (type == FitBaseType.Float32)
        {
            var bits = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(b) : BinaryPrimitives.ReadUInt32LittleEndian(b);
            value = BitConverter.UInt32BitsToSingle(bits);
            return bits != 0xFFFFFFFF && !double.IsNaN(value);
        }
        var bits64 = bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(b) : BinaryPrimitives.ReadUInt64LittleEndian(b);
        value = BitConverter.UInt64BitsToDouble(bits64);
        return bits64 != ulong.MaxValue && !double.IsNaN(value);
    }

    /// <summary>Reads one numeric element of any non-string type as a double.</summary>
    public static bool TryReadNumber(ReadOnlySpan<byte> b, FitBaseType type, bool bigEndian, out double value)
    {
        if (IsFloat(type)) return TryReadFloat(b, type, bigEndian, out value);
        var ok = TryReadInteger(b, type, bigEndian, out var integer);
        value = type == FitBaseType.UInt64 || type == FitBaseType.UInt64z ? (ulong)integer : integer;
        return ok;
    }
}
