using System.Buffers.Binary;
using HybridCoach.Formats.Fit;

namespace HybridCoach.Formats.Tests.Fit;

/// <summary>Builds small FIT files by hand (FIT Protocol: header, definition and data messages, CRC) for unit tests.</summary>
public sealed class FitBytes
{
    private readonly List<byte> _data = [];

    public FitBytes Definition(int local, ushort global, bool bigEndian, params (byte Number, byte Size, byte BaseType)[] fields)
    {
        _data.Add((byte)(0x40 | local));
        _data.Add(0);
        _data.Add(bigEndian ? (byte)1 : (byte)0);
        var number = new byte[2];
        if (bigEndian) BinaryPrimitives.WriteUInt16BigEndian(number, global);
        else BinaryPrimitives.WriteUInt16LittleEndian(number, global);
        _data.AddRange(number);
        _data.Add((byte)fields.Length);
        foreach (var (n, size, type) in fields) _data.AddRange([n, size, type]);
        return this;
    }

    public FitBytes DeveloperDefinition(int local, ushort global, (byte Number, byte Size, byte BaseType)[] fields,
        (byte Number, byte Size, byte Index)[] developerFields)
    {
        Definition(local, global, false, fields);
        _data[_data.Count - 6 - (3 * fields.Length)] |= 0x20;
        _data.Add((byte)developerFields.Length);
        foreach (var (n, size, index) in developerFields) _data.AddRange([n, size, index]);
        return this;
    }

    public FitBytes Data(int local, params byte[] payload)
    {
        _data.Add((byte)local);
        _data.AddRange(payload);
        return this;
    }

    public FitBytes CompressedData(int local, int timeOffset, params byte[] payload)
    {
        _data.Add((byte)(0x80 | (local << 5) | (timeOffset & 0x1F)));
        _data.AddRange(payload);
        return this;
    }

    public byte[] Build(int headerSize = 14, byte protocol = 0x20, bool headerCrc = true)
    {
        var file = new List<byte> { (byte)headerSize, protocol, 0x08, 0x08 };
        var size = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)_data.Count);
        file.AddRange(size);
        file.AddRange(".FIT"u8.ToArray());
        if (headerSize == 14)
        {
            var crc = headerCrc ? FitCrc.Compute(file.ToArray()) : (ushort)0;
            file.AddRange([(byte)crc, (byte)(crc >> 8)]);
        }
        file.AddRange(_data);
        var fileCrc = FitCrc.Compute(file.ToArray());
        file.AddRange([(byte)fileCrc, (byte)(fileCrc >> 8)]);
        return [.. file];
    }

    public static byte[] Le32(uint value) => BitConverter.GetBytes(value);

    public static byte[] Be32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }
}
