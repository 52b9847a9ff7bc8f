namespace HybridCoach.Formats.Fit;

/// <summary>
/// FIT base types by their base-type byte (FIT Protocol document, "Base Types" table). Bit 7 of the
/// byte says the type is multi-byte (endian-sensitive); the low 5 bits are the type number.
/// </summary>
public enum FitBaseType : byte
{
    Enum = 0x00,
    SInt8 = 0x01,
    UInt8 = 0x02,
    SInt16 = 0x83,
    UInt16 = 0x84,
    SInt32 = 0x85,
    UInt32 = 0x86,
    String = 0x07,
    Float32 = 0x88,
    Float64 = 0x89,
    UInt8z = 0x0A,
    UInt16z = 0x8B,
    UInt32z = 0x8C,
    Byte = 0x0D,
    SInt64 = 0x8E,
    UInt64 = 0x8F,
    UInt64z = 0x90,
}
