using System.Buffers.Binary;

namespace HybridCoach.Formats.Fit;

/// <summary>
/// A FIT file header (FIT Protocol, "File Header"): size (12 or 14), protocol version (major in the high
/// nibble), profile version, data size, ".FIT", and in 14-byte headers a CRC of the first 12 bytes
/// (0 means "not computed").
/// </summary>
public readonly record struct FitHeader(int Size, byte ProtocolVersion, ushort ProfileVersion, uint DataSize,
    ushort StoredCrc, bool CrcChecked)
{
    public const int MinimumSize = 12;

    public int ProtocolMajor => ProtocolVersion >> 4;

    /// <summary>
    /// Parses the header at the start of <paramref name="bytes"/>. Returns null on success, else a one-line
    /// reason. Protocol majors 1 and 2 exist (FIT Protocol, "Protocol Version"); early devices (Forerunner 70,
    /// corpus antfs-dump.63.fit) write 0 for 1.0, which every reference decoder accepts.
    /// </summary>
    public static string? TryParse(ReadOnlySpan<byte> bytes, int position, out FitHeader header)
    {
        header = default;
        if (bytes.Length < MinimumSize)
            return bytes.Length == 0 ? "empty file" : $"truncated: file ends at byte {position + bytes.Length} inside the file header";
        int size = bytes[0];
        if (bytes[8] != (byte)'.' || bytes[9] != (byte)'F' || bytes[10] != (byte)'I' || bytes[11] != (byte)'T')
            return position == 0 ? "not a FIT file (no .FIT signature)" : $"not a FIT file (no .FIT signature at byte {position})";
        if (size < MinimumSize) return $"bad header size {size} at byte {position}";
        if (bytes.Length < size) return $"truncated: file ends at byte {position + bytes.Length} inside the file header";
        var protocol = bytes[1];
        if (protocol >> 4 > 2) return $"unsupported protocol version {protocol >> 4}";
        ushort storedCrc = 0;
        var checkedCrc = false;
        if (size >= 14)
        {
            storedCrc = BinaryPrimitives.ReadUInt16LittleEndian(bytes[12..]);
            if (storedCrc != 0)
            {
                var computed = FitCrc.Compute(bytes[..12]);
                if (computed != storedCrc)
                    return $"header CRC mismatch (stored 0x{storedCrc:X4}, computed 0x{computed:X4})";
                checkedCrc = true;
            }
        }
        header = new FitHeader(size, protocol, BinaryPrimitives.ReadUInt16LittleEndian(bytes[2..]),
            BinaryPrimitives.ReadUInt32LittleEndian(bytes[4..]), storedCrc, checkedCrc);
        return null;
    }
}
