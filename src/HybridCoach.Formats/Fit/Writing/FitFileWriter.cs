using System.Buffers.Binary;
using System.Text;

namespace HybridCoach.Formats.Fit.Writing;

/// <summary>
/// Writes one FIT file (FIT Protocol document: "File Header", "Record Header", "Definition Message",
/// "Data Message", "CRC"): a 14-byte header, definition and data messages with normal one-byte record
/// headers, little-endian architecture, and the trailing file CRC. It knows no profile: callers define
/// local message types and then write each data message's fields in definition order, each value checked
/// against the defined base type, so any file type (activity, workout, course) is written the same way.
/// The data size in the header is only known at the end, so the body is buffered and the header fixed up
/// when the file is finished by <see cref="ToArray"/> or <see cref="WriteTo"/>.
/// </summary>
public sealed class FitFileWriter
{
    public const int HeaderSizeBytes = 14;
    public const int CrcSizeBytes = 2;
    public const int LocalMessageTypeCount = 16;

    /// <summary>Protocol version byte: major in the high nibble, minor in the low one (2.0).</summary>
    public const byte DefaultProtocolVersion = 0x20;

    /// <summary>Profile version as major × 100 + minor: the FIT profile 21.40 the encoder's numbers follow.</summary>
    public const ushort DefaultProfileVersion = 2140;

    // Record header bits (FIT Protocol document, "Record Header"): bit 6 set = definition message;
    // bits 0-3 = local message type.
    private const byte DefinitionFlag = 0x40;
    private const byte LittleEndianArchitecture = 0;

    private readonly byte _protocolVersion;
    private readonly ushort _profileVersion;
    private readonly FitWriteDefinition?[] _localDefinitions = new FitWriteDefinition?[LocalMessageTypeCount];
    private byte[] _buffer = new byte[64 * 1024];
    private int _length = HeaderSizeBytes;
    private FitWriteDefinition? _openMessage;
    private int _fieldIndex;
    private int _fieldBytesWritten;
    private bool _finished;

    public FitFileWriter(byte protocolVersion = DefaultProtocolVersion, ushort profileVersion = DefaultProfileVersion)
    {
        _protocolVersion = protocolVersion;
        _profileVersion = profileVersion;
    }

    /// <summary>Bytes of records written so far (what the header's data size will say).</summary>
    public int DataSizeBytes => _length - HeaderSizeBytes;

    /// <summary>Writes a definition message; later data messages of this local type follow it.</summary>
    public void WriteDefinition(byte localMessageType, FitWriteDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        RequireNoOpenMessage($"defining local message type {localMessageType}");
        RequireLocalType(localMessageType);
        var span = Reserve(6 + 3 * definition.Fields.Count);
        span[0] = (byte)(DefinitionFlag | localMessageType);
        span[1] = 0; // reserved
        span[2] = LittleEndianArchitecture;
        BinaryPrimitives.WriteUInt16LittleEndian(span[3..], definition.GlobalMessageNumber);
        span[5] = (byte)definition.Fields.Count;
        for (var i = 0; i < definition.Fields.Count; i++)
        {
            var field = definition.Fields[i];
            span[6 + 3 * i] = field.FieldNumber;
            span[7 + 3 * i] = field.SizeBytes;
            span[8 + 3 * i] = (byte)field.BaseType;
        }
        _localDefinitions[localMessageType] = definition;
    }

    /// <summary>The definition a local message type currently has, or null.</summary>
    public FitWriteDefinition? DefinitionOf(byte localMessageType)
    {
        RequireLocalType(localMessageType);
        return _localDefinitions[localMessageType];
    }

    /// <summary>Starts a data message; its fields must then be written in definition order.</summary>
    public void BeginDataMessage(byte localMessageType)
    {
        RequireNoOpenMessage($"starting a data message of local type {localMessageType}");
        RequireLocalType(localMessageType);
        _openMessage = _localDefinitions[localMessageType]
            ?? throw new InvalidOperationException($"FIT local message type {localMessageType} has no definition yet.");
        Reserve(1)[0] = localMessageType;
        _fieldIndex = 0;
        _fieldBytesWritten = 0;
    }

    public void WriteUInt8(byte value) => WriteElement(value, 1, FitValueKind.UInt8);

    public void WriteSInt8(sbyte value) => WriteElement((byte)value, 1, FitValueKind.SInt8);

    public void WriteUInt16(ushort value) => WriteElement(value, 2, FitValueKind.UInt16);

    public void WriteSInt16(short value) => WriteElement((ushort)value, 2, FitValueKind.SInt16);

    public void WriteUInt32(uint value) => WriteElement(value, 4, FitValueKind.UInt32);

    public void WriteSInt32(int value) => WriteElement((uint)value, 4, FitValueKind.SInt32);

    public void WriteFloat32(float value) => WriteElement(BitConverter.SingleToUInt32Bits(value), 4, FitValueKind.Float32);

    /// <summary>
    /// Fills the whole current string field: UTF-8, null-terminated and null-padded (FIT Protocol
    /// document, "String" base type); text too long is cut at a character boundary to keep the terminator.
    /// </summary>
    public void WriteString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var field = CurrentField(FitValueKind.String);
        var span = Reserve(field.SizeBytes);
        span.Clear();
        var encoder = System.Text.Encoding.UTF8.GetEncoder();
        encoder.Convert(value.AsSpan(), span[..(field.SizeBytes - 1)], flush: true, out _, out _, out _);
        CompleteField();
    }

    /// <summary>Fills the rest of the current field with its base type's invalid value ("no value").</summary>
    public void WriteInvalid()
    {
        var field = CurrentField(null);
        var elementBytes = FitBaseTypeLayout.ElementSizeBytes(field.BaseType);
        var bits = FitBaseTypeLayout.InvalidBits(field.BaseType);
        for (var written = _fieldBytesWritten; written < field.SizeBytes; written += elementBytes)
        {
            WriteBits(bits, elementBytes);
        }
        CompleteField();
    }

    /// <summary>Finishes the file (header with data size and header CRC, then the file CRC) and returns it.</summary>
    public byte[] ToArray()
    {
        Finish();
        return _buffer.AsSpan(0, _length).ToArray();
    }

    /// <summary>Finishes the file and writes it to <paramref name="output"/>.</summary>
    public void WriteTo(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Finish();
        output.Write(_buffer, 0, _length);
    }

    private void Finish()
    {
        if (_finished) return;
        RequireNoOpenMessage("finishing the file");
        var header = _buffer.AsSpan(0, HeaderSizeBytes);
        header[0] = HeaderSizeBytes;
        header[1] = _protocolVersion;
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], _profileVersion);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], (uint)DataSizeBytes);
        "FIT"u8.CopyTo(header[9..]);
        header[8] = (byte)'.';
        BinaryPrimitives.WriteUInt16LittleEndian(header[12..], FitCrc.Compute(header[..12]));
        // The file CRC covers the header (with its CRC) and all records (FIT Protocol document, "CRC").
        var fileCrc = FitCrc.Compute(_buffer.AsSpan(0, _length));
        BinaryPrimitives.WriteUInt16LittleEndian(Reserve(CrcSizeBytes), fileCrc);
        _finished = true;
    }

    private void WriteElement(ulong bits, int sizeBytes, FitValueKind kind)
    {
        CurrentField(kind);
        WriteBits(bits, sizeBytes);
        Advance(sizeBytes);
    }

    private void WriteBits(ulong bits, int sizeBytes)
    {
        var span = Reserve(sizeBytes);
        for (var i = 0; i < sizeBytes; i++)
        {
            span[i] = (byte)(bits >> (8 * i));
        }
    }

    private void Advance(int elementBytes)
    {
        _fieldBytesWritten += elementBytes;
        if (_fieldBytesWritten == CurrentFieldUnchecked().SizeBytes) CompleteField();
    }

    private void CompleteField()
    {
        _fieldIndex++;
        _fieldBytesWritten = 0;
        if (_fieldIndex == _openMessage!.Fields.Count) _openMessage = null;
    }

    private FitWriteField CurrentField(FitValueKind? kind)
    {
        if (_finished) throw new InvalidOperationException("The FIT file is already finished.");
        if (_openMessage is null) throw new InvalidOperationException("No FIT data message is open: call BeginDataMessage first.");
        var field = CurrentFieldUnchecked();
        if (kind is { } k && !FitValueKinds.Accepts(k, field.BaseType)) throw Mismatch(field, k);
        if (kind == FitValueKind.String && _fieldBytesWritten != 0) throw Mismatch(field, FitValueKind.String);
        return field;
    }

    private FitWriteField CurrentFieldUnchecked() => _openMessage!.Fields[_fieldIndex];

    private InvalidOperationException Mismatch(FitWriteField field, FitValueKind k) => new(
        $"FIT message {_openMessage!.GlobalMessageNumber}, field {field.FieldNumber}: defined as {field.BaseType}, written as {k}.");

    private void RequireNoOpenMessage(string action)
    {
        if (_finished) throw new InvalidOperationException($"The FIT file is already finished; cannot go on {action}.");
        if (_openMessage is null) return;
        var missing = _openMessage.Fields[_fieldIndex].FieldNumber;
        throw new InvalidOperationException(
            $"FIT message {_openMessage.GlobalMessageNumber} is incomplete (field {missing} not written) when {action}.");
    }

    private static void RequireLocalType(byte localMessageType)
    {
        if (localMessageType >= LocalMessageTypeCount)
            throw new ArgumentOutOfRangeException(nameof(localMessageType), $"FIT local message types are 0-15, not {localMessageType}.");
    }

    private Span<byte> Reserve(int bytes)
    {
        if (_length + bytes > _buffer.Length)
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + bytes));
        var span = _buffer.AsSpan(_length, bytes);
        _length += bytes;
        return span;
    }
}
