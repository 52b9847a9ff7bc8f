namespace HybridCoach.Formats.Fit;

/// <summary>
/// One field of a definition message (FIT Protocol, "Field Definition": number, size in bytes, base type),
/// with its precomputed byte offset in the data message. A size that is not a multiple of the base type's
/// size is treated as a byte array, as python-fitparse does for coros-pace-2-cycling-misaligned-fields.fit.
/// </summary>
public readonly record struct FitFieldDefinition(byte Number, byte Size, FitBaseType BaseType, int Offset)
{
    public int ElementCount => BaseType == FitBaseType.String ? 1 : Size / FitBaseTypes.Size(BaseType);
}
