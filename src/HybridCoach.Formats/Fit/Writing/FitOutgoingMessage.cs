namespace HybridCoach.Formats.Fit.Writing;

/// <summary>
/// A data message composed field by field with its values, for messages written a few times per file
/// (file_id, lap, session, workout_step): <see cref="FitMessageWriting.WriteMessage"/> derives the
/// definition from it and writes a new definition only when the layout changed. Hot paths (records)
/// use <see cref="FitFileWriter"/>'s typed writes directly instead.
/// </summary>
public sealed class FitOutgoingMessage(ushort globalMessageNumber)
{
    private readonly List<FitWriteField> _fields = [];
    private readonly List<object> _values = [];

    public ushort GlobalMessageNumber { get; } = globalMessageNumber;

    public IReadOnlyList<FitWriteField> Fields => _fields;

    /// <summary>The value of each field: a ulong bit pattern for numbers, a string for strings.</summary>
    public IReadOnlyList<object> Values => _values;

    public FitOutgoingMessage Enum(byte fieldNumber, byte value) => Add(fieldNumber, FitBaseType.Enum, value);

    public FitOutgoingMessage UInt8(byte fieldNumber, byte value) => Add(fieldNumber, FitBaseType.UInt8, value);

    public FitOutgoingMessage UInt16(byte fieldNumber, ushort value) => Add(fieldNumber, FitBaseType.UInt16, value);

    public FitOutgoingMessage UInt32(byte fieldNumber, uint value) => Add(fieldNumber, FitBaseType.UInt32, value);

    public FitOutgoingMessage UInt32z(byte fieldNumber, uint value) => Add(fieldNumber, FitBaseType.UInt32z, value);

    public FitOutgoingMessage SInt32(byte fieldNumber, int value) => Add(fieldNumber, FitBaseType.SInt32, (uint)value);

    /// <summary>A string field of a fixed size in bytes, terminator included.</summary>
    public FitOutgoingMessage String(byte fieldNumber, string value, byte sizeBytes)
    {
        ArgumentNullException.ThrowIfNull(value);
        _fields.Add(new FitWriteField(fieldNumber, sizeBytes, FitBaseType.String));
        _values.Add(value);
        return this;
    }

    /// <summary>Adds the field only when it has a value: a field with no value is simply not defined.</summary>
    public FitOutgoingMessage UInt8IfAny(byte fieldNumber, byte? value) => value is { } v ? UInt8(fieldNumber, v) : this;

    public FitOutgoingMessage UInt16IfAny(byte fieldNumber, ushort? value) => value is { } v ? UInt16(fieldNumber, v) : this;

    public FitOutgoingMessage UInt32IfAny(byte fieldNumber, uint? value) => value is { } v ? UInt32(fieldNumber, v) : this;

    public FitOutgoingMessage SInt32IfAny(byte fieldNumber, int? value) => value is { } v ? SInt32(fieldNumber, v) : this;

    public FitWriteDefinition ToDefinition() => new(GlobalMessageNumber, _fields);

    private FitOutgoingMessage Add(byte fieldNumber, FitBaseType baseType, ulong bits)
    {
        _fields.Add(FitWriteField.Of(fieldNumber, baseType));
        _values.Add(bits);
        return this;
    }
}
