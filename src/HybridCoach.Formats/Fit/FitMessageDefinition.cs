namespace HybridCoach.Formats.Fit;

/// <summary>
/// A decoded definition message: the layout every following data message of its local number has.
/// Built once per definition (not per data message), so the hot loop only slices payloads.
/// </summary>
public sealed class FitMessageDefinition
{
    /// <summary>The FIT "timestamp" field number, common to every message (FIT Profile).</summary>
    public const byte TimestampFieldNumber = 253;

    public FitMessageDefinition(ushort globalNumber, bool isBigEndian, FitFieldDefinition[] fields,
        FitDeveloperFieldDefinition[] developerFields, int dataSize)
    {
        GlobalNumber = globalNumber;
        IsBigEndian = isBigEndian;
        Fields = fields;
        DeveloperFields = developerFields;
        DataSize = dataSize;
        TimestampOffset = -1;
        foreach (var field in fields)
        {
            if (field.Number == TimestampFieldNumber && field.Size == 4 && field.BaseType != FitBaseType.Byte)
                TimestampOffset = field.Offset;
        }
    }

    public ushort GlobalNumber { get; }
    public bool IsBigEndian { get; }
    public FitFieldDefinition[] Fields { get; }
    public FitDeveloperFieldDefinition[] DeveloperFields { get; }

    /// <summary>Bytes of one data message of this definition, without its header byte.</summary>
    public int DataSize { get; }

    /// <summary>Offset of a 4-byte timestamp field (253) in the payload, or -1.</summary>
    public int TimestampOffset { get; }
}
