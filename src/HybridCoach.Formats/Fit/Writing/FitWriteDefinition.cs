namespace HybridCoach.Formats.Fit.Writing;

/// <summary>
/// The layout a definition message gives a local message type: the global message number (from the FIT
/// profile's mesg_num type) and its fields in the order their bytes follow in every data message.
/// </summary>
public sealed class FitWriteDefinition
{
    /// <summary>The definition's field count is one byte (FIT Protocol document, "Definition Message").</summary>
    public const int MaxFields = byte.MaxValue;

    public FitWriteDefinition(ushort globalMessageNumber, IReadOnlyList<FitWriteField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.Count is 0 or > MaxFields)
            throw new ArgumentException(
                $"FIT message {globalMessageNumber}: a definition needs 1 to {MaxFields} fields, not {fields.Count}.",
                nameof(fields));
        var seen = new HashSet<byte>();
        foreach (var field in fields)
        {
            if (!seen.Add(field.FieldNumber))
                throw new ArgumentException(
                    $"FIT message {globalMessageNumber}: field {field.FieldNumber} is defined twice.", nameof(fields));
        }
        GlobalMessageNumber = globalMessageNumber;
        Fields = [.. fields];
        DataSizeBytes = Fields.Sum(f => f.SizeBytes);
    }

    public ushort GlobalMessageNumber { get; }

    public IReadOnlyList<FitWriteField> Fields { get; }

    /// <summary>True when both give the same global number and the same fields in the same order.</summary>
    public bool HasSameLayout(FitWriteDefinition other) =>
        GlobalMessageNumber == other.GlobalMessageNumber && Fields.SequenceEqual(other.Fields);

    /// <summary>Bytes of one data message's content, after its one-byte record header.</summary>
    public int DataSizeBytes { get; }
}
