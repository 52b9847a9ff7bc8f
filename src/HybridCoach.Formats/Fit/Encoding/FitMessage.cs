namespace HybridCoach.Formats.Fit.Encoding;

/// <summary>
/// A data message composed field by field with its values, for messages written a few times per file
/// (file_id, lap, session, workout_step): <see cref="FitMessageWriting.WriteMessage"/> derives the
/// definition from it and writes a new definition only when the layout changed. Hot paths (records)
/// use <see cref="FitFileWriter"/>'s typed writes directly instead.
/// </summary>
public sealed class FitMessage(ushort globalMessageNumber)
{
    private readonly List<FitFieldDefinition> _fields = [];
    private readonly List<object> _values = [];

    public ushort GlobalMessageNumber { get; } = globalMessageNumber;

    public IReadOnlyList<FitFieldDefinition> Fields => _fields;

    /// <summary>The value of each field: a ulong bit pattern for numbers, a string for strings.</summary>
    public IReadOnlyList<object> Values => _values;

    public FitMessage Enum(byte fieldNumber, byte value) => Add(fieldNumber, FitBaseType.Enum, value);

    public FitMessage UInt8(byte fieldNumber, byte value) => Add(fieldNumber, FitBaseType.UInt8, value);

    public FitMessage UInt16(byte fieldNumber, ushort value) => Add(fieldNumber, FitBaseType.UInt16, value);

    public FitMessage UInt32(byte fieldNumber, uint value) => Add(fieldNumber, FitBaseType.UInt32, value);

    public FitMessage UInt32z(byte fieldNumber, uint value) => Add(fieldNumber, FitBaseType.UInt32z, value);

    public FitMessage SInt32(byte fieldNumber, int value) => Add(fieldNumber, FitBaseType.SInt32, (uint)value);

    /// <summary>A string field of a fixed size in bytes, terminator included.</summary>
    public FitMessage String(byte fieldNumber, string value, byte sizeBytes)
    {
        ArgumentNullException.ThrowIfNull(value);
        _fields.Add(new FitFieldDefinition(fieldNumber, sizeBytes, FitBaseType.String));
        _values.Add(value);
        return this;
    }

    /// <summary>Adds the field only when it has a value: a field with no value is simply not defined.</summary>
    public FitMessage UInt8IfAny(byte fieldNumber, byte? value) => value is { } v ? UInt8(fieldNumber, v) : this;

    public FitMessage UInt16IfAny(byte fieldNumber, ushort? value) => value is { } v ? UInt16(fieldNumber, v) : this;

    public FitMessage UInt32IfAny(byte fieldNumber, uint? value) => value is { } v ? UInt32(fieldNumber, v) : this;

    public FitMessage SInt32IfAny(byte fieldNumber, int? value) => value is { } v ? SInt32(fieldNumber, v) : this;

    public FitMessageDefinition ToDefinition() => new(GlobalMessageNumber, _fields);

    private FitMessage Add(byte fieldNumber, FitBaseType baseType, ulong bits)
    {
        _fields.Add(FitFieldDefinition.Of(fieldNumber, baseType));
        _values.Add(bits);
        return this;
    }
}
