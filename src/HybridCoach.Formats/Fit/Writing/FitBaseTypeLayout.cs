namespace HybridCoach.Formats.Fit.Writing;

/// <summary>
/// Element size and invalid ("no value") bit pattern of each FIT base type, from the FIT Protocol
/// document's "Base Types" table. A writer fills a field it has no value for with the invalid pattern.
/// </summary>
public static class FitBaseTypeLayout
{
    public static byte ElementSizeBytes(FitBaseType baseType) => baseType switch
    {
        FitBaseType.Enum or FitBaseType.SInt8 or FitBaseType.UInt8 or FitBaseType.String
            or FitBaseType.UInt8z or FitBaseType.Byte => 1,
        FitBaseType.SInt16 or FitBaseType.UInt16 or FitBaseType.UInt16z => 2,
        FitBaseType.SInt32 or FitBaseType.UInt32 or FitBaseType.Float32 or FitBaseType.UInt32z => 4,
        FitBaseType.Float64 or FitBaseType.SInt64 or FitBaseType.UInt64 or FitBaseType.UInt64z => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(baseType), $"0x{(byte)baseType:X2} is not a FIT base type."),
    };

    /// <summary>The invalid value as an unsigned little-endian bit pattern of the element's size.</summary>
    public static ulong InvalidBits(FitBaseType baseType) => baseType switch
    {
        FitBaseType.Enum or FitBaseType.UInt8 or FitBaseType.Byte => 0xFF,
        FitBaseType.SInt8 => 0x7F,
        FitBaseType.SInt16 => 0x7FFF,
        FitBaseType.UInt16 => 0xFFFF,
        FitBaseType.SInt32 => 0x7FFF_FFFF,
        FitBaseType.UInt32 or FitBaseType.Float32 => 0xFFFF_FFFF,
        FitBaseType.Float64 or FitBaseType.UInt64 => 0xFFFF_FFFF_FFFF_FFFF,
        FitBaseType.SInt64 => 0x7FFF_FFFF_FFFF_FFFF,
        FitBaseType.String or FitBaseType.UInt8z or FitBaseType.UInt16z or FitBaseType.UInt32z
            or FitBaseType.UInt64z => 0,
        _ => throw new ArgumentOutOfRangeException(nameof(baseType), $"0x{(byte)baseType:X2} is not a FIT base type."),
    };
}
