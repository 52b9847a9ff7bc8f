namespace HybridCoach.Formats.Fit.Writing;

/// <summary>The C# shape a value is written in, checked against the field's FIT base type.</summary>
public enum FitValueKind
{
    UInt8,
    SInt8,
    UInt16,
    SInt16,
    UInt32,
    SInt32,
    Float32,
    String,
}

/// <summary>Which FIT base types a value of each kind may fill ("Base Types" table of the FIT Protocol).</summary>
public static class FitValueKinds
{
    public static bool Accepts(FitValueKind kind, FitBaseType baseType) => kind switch
    {
        FitValueKind.UInt8 => baseType is FitBaseType.Enum or FitBaseType.UInt8 or FitBaseType.UInt8z or FitBaseType.Byte,
        FitValueKind.SInt8 => baseType is FitBaseType.SInt8,
        FitValueKind.UInt16 => baseType is FitBaseType.UInt16 or FitBaseType.UInt16z,
        FitValueKind.SInt16 => baseType is FitBaseType.SInt16,
        FitValueKind.UInt32 => baseType is FitBaseType.UInt32 or FitBaseType.UInt32z,
        FitValueKind.SInt32 => baseType is FitBaseType.SInt32,
        FitValueKind.Float32 => baseType is FitBaseType.Float32,
        FitValueKind.String => baseType is FitBaseType.String,
        _ => false,
    };
}
