namespace HybridCoach.Formats.Fit;

/// <summary>
/// Size and name of each <see cref="FitBaseType"/> (FIT Protocol document,
/// "Base Types" table). Reading elements, with each type's invalid sentinel, is <see cref="FitElementFormat"/>.
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
}
