using System.Buffers.Binary;

namespace HybridCoach.Formats.Tests.Fit.Writing;

/// <summary>
/// A deliberately small, independent reader of FIT structure for checking the encoder (it shares no code
/// with the encoder or the decoder): checks the header and file CRCs with its own CRC routine, walks
/// record headers and definitions (normal and compressed-timestamp headers, both architectures,
/// developer fields), and returns each data message's raw field bytes by field number.
/// </summary>
public static class FitStructureWalker
{
    public sealed record Message(ushort Global, IReadOnlyDictionary<byte, byte[]> Fields)
    {
        public bool Has(byte field) => Fields.ContainsKey(field);

        public ulong Unsigned(byte field)
        {
            var bytes = Fields[field];
            ulong value = 0;
            for (var i = bytes.Length - 1; i >= 0; i--) value = (value << 8) | bytes[i];
            return value;
        }

        public int Signed32(byte field) => BinaryPrimitives.ReadInt32LittleEndian(Fields[field]);
    }

    public sealed record Result(int HeaderSize, int DataSize, IReadOnlyList<Message> Messages)
    {
        public int Count(ushort global) => Messages.Count(m => m.Global == global);

        public IEnumerable<Message> Of(ushort global) => Messages.Where(m => m.Global == global);
    }

    private sealed record Definition(ushort Global, bool BigEndian, (byte Number, byte Size)[] Fields, int DeveloperBytes);

    public static Result Walk(byte[] file)
    {
        if (file.Length < 14) throw new InvalidDataException($"{file.Length} bytes is too short for a FIT header.");
        int headerSize = file[0];
        var dataSize = (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(4));
        if (file[8] != '.' || file[9] != 'F' || file[10] != 'I' || file[11] != 'T')
            throw new InvalidDataException("No .FIT signature.");
        if (headerSize == 14 && Crc(file.AsSpan(0, 12)) != BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(12)))
            throw new InvalidDataException("Header CRC mismatch.");
        if (headerSize + dataSize + 2 != file.Length)
            throw new InvalidDataException($"Header says {dataSize} data bytes; file has {file.Length - headerSize - 2}.");
        if (Crc(file) != 0) throw new InvalidDataException("File CRC mismatch.");
        return new Result(headerSize, dataSize, WalkRecords(file.AsSpan(headerSize, dataSize)));
    }

    private static List<Message> WalkRecords(ReadOnlySpan<byte> data)
    {
        var definitions = new Definition?[16];
        var messages = new List<Message>();
        var pos = 0;
        while (pos < data.Length)
        {
            var header = data[pos++];
            var compressed = (header & 0x80) != 0;
            var local = compressed ? (header >> 5) & 0x3 : header & 0x0F;
            if (!compressed && (header & 0x40) != 0)
            {
                definitions[local] = ReadDefinition(data, ref pos, hasDeveloperFields: (header & 0x20) != 0);
                continue;
            }
            var definition = definitions[local] ?? throw new InvalidDataException($"Data message for undefined local type {local} at {pos - 1}.");
            var fields = new Dictionary<byte, byte[]>();
            foreach (var (number, size) in definition.Fields)
            {
                var bytes = data.Slice(pos, size).ToArray();
                if (definition.BigEndian) Array.Reverse(bytes);
                fields[number] = bytes;
                pos += size;
            }
            pos += definition.DeveloperBytes;
            messages.Add(new Message(definition.Global, fields));
        }
        return messages;
    }

    private static Definition ReadDefinition(ReadOnlySpan<byte> data, ref int pos, bool hasDeveloperFields)
    {
        var bigEndian = data[pos + 1] == 1;
        var global = bigEndian
            ? BinaryPrimitives.ReadUInt16BigEndian(data[(pos + 2)..])
            : BinaryPrimitives.ReadUInt16LittleEndian(data[(pos + 2)..]);
        int count = data[pos + 4];
        pos += 5;
        var fields = new (byte, byte)[count];
        for (var i = 0; i < count; i++, pos += 3) fields[i] = (data[pos], data[pos + 1]);
        var developerBytes = 0;
        if (hasDeveloperFields)
        {
            int developerCount = data[pos++];
            for (var i = 0; i < developerCount; i++, pos += 3) developerBytes += data[pos + 1];
        }
        return new Definition(global, bigEndian, fields, developerBytes);
    }

    /// <summary>CRC-16/ARC computed bit by bit (reflected polynomial 0xA001, initial 0), not table driven.</summary>
    public static ushort Crc(ReadOnlySpan<byte> bytes)
    {
        ushort crc = 0;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++) crc = (crc & 1) != 0 ? (ushort)((crc >> 1) ^ 0xA001) : (ushort)(crc >> 1);
        }
        return crc;
    }
}
