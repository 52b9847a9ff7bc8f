namespace HybridCoach.Formats.Fit.Messages;

/// <summary>How a field's bytes become a stored value; decided once per definition, not per message.</summary>
internal enum FitValueShape : byte
{
    Integer,
    Scaled,
    String,
    Bytes,
    IntegerArray,
    ScaledArray,
}

/// <summary>
/// One field of a definition, ready to decode: where it sits in the payload, its shape, how to read an
/// element (<see cref="FitElementFormat"/>) and the profile's scale and offset (value = raw / scale - offset,
/// FIT Protocol, "Scale/Offset"). Floats are always "scaled" (kept as doubles), as reference decoders do.
/// </summary>
internal readonly record struct FitFieldPlan(byte Number, int Offset, int Size, FitValueShape Shape,
    FitElementFormat Format, double Scale, double ValueOffset)
{
    public int Count => Size / Format.Size;

    public static FitFieldPlan Create(byte number, int offset, int size, FitBaseType type, bool bigEndian, double scale,
        double valueOffset)
    {
        var elementSize = FitBaseTypes.Size(type);
        var scaled = scale != 1 || valueOffset != 0 || FitBaseTypes.IsFloat(type);
        var shape = type switch
        {
            FitBaseType.String => FitValueShape.String,
            FitBaseType.Byte => FitValueShape.Bytes,
            _ when size == elementSize => scaled ? FitValueShape.Scaled : FitValueShape.Integer,
            _ => scaled ? FitValueShape.ScaledArray : FitValueShape.IntegerArray,
        };
        return new FitFieldPlan(number, offset, size, shape, FitElementFormat.For(type, bigEndian), scale, valueOffset);
    }
}
