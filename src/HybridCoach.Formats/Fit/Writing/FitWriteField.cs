namespace HybridCoach.Formats.Fit.Writing;

/// <summary>
/// One field of a definition message: the three bytes (field definition number, size in bytes, base type)
/// of the FIT Protocol document, "Field Definition" section. The size is a whole number of base-type
/// elements; more than one element makes the field an array.
/// </summary>
public readonly record struct FitWriteField
{
    public FitWriteField(byte fieldNumber, byte sizeBytes, FitBaseType baseType)
    {
        var elementBytes = FitBaseTypeLayout.ElementSizeBytes(baseType);
        if (sizeBytes == 0 || sizeBytes % elementBytes != 0)
            throw new ArgumentException(
                $"FIT field {fieldNumber}: size {sizeBytes} is not a positive multiple of {baseType}'s {elementBytes}-byte element.",
                nameof(sizeBytes));
        FieldNumber = fieldNumber;
        SizeBytes = sizeBytes;
        BaseType = baseType;
    }

    public byte FieldNumber { get; }

    public byte SizeBytes { get; }

    public FitBaseType BaseType { get; }

    /// <summary>A single-element field whose size is its base type's.</summary>
    public static FitWriteField Of(byte fieldNumber, FitBaseType baseType) =>
        new(fieldNumber, FitBaseTypeLayout.ElementSizeBytes(baseType), baseType);
}
