using System.Buffers.Binary;

namespace HybridCoach.Formats.Fit;

/// <summary>
/// The hot loop over one segment's data records (FIT Protocol, "Record Header"): bit 7 set = compressed
/// timestamp header (local type in bits 5-6, 5-bit time offset); else bit 6 = definition message,
/// bit 5 = developer fields present, bits 0-3 = local message type.
/// </summary>
internal static class FitDataScanner
{
    public static string? ScanData<TVisitor>(ReadOnlySpan<byte> content, int start, int limit, long dataEnd,
        FitMessageDefinition?[] definitions, ref TVisitor visitor, out int stoppedAt)
        where TVisitor : struct, IFitVisitor
    {
        var p = start;
        uint lastTimestamp = 0;
        while (p < limit)
        {
            var header = content[p];
            if ((header & 0x40) != 0 && (header & 0x80) == 0)
            {
                var error = FitDefinitionParser.Parse(content, p, limit, dataEnd, header, out var definition, out var next);
                if (error is not null)
                {
                    stoppedAt = p;
                    return error;
                }
                definitions[header & 0x0F] = definition;
                visitor.OnDefinition(header & 0x0F, definition!);
                p = next;
                continue;
            }
            var compressed = (header & 0x80) != 0;
            var local = compressed ? (header >> 5) & 0x03 : header & 0x0F;
            var def = definitions[local];
            if (def is null)
            {
                stoppedAt = p;
                return $"data message at byte {p} uses local message type {local}, which was never defined";
            }
            if (p + 1 + def.DataSize > limit)
            {
                stoppedAt = p;
                return Overrun(content.Length, p + 1 + def.DataSize, dataEnd, p, "a data message");
            }
            var payload = content.Slice(p + 1, def.DataSize);
            long timestamp = -1;
            if (def.TimestampOffset >= 0)
            {
                var raw = def.IsBigEndian
                    ? BinaryPrimitives.ReadUInt32BigEndian(payload[def.TimestampOffset..])
                    : BinaryPrimitives.ReadUInt32LittleEndian(payload[def.TimestampOffset..]);
                if (raw != uint.MaxValue)
                {
                    lastTimestamp = raw;
                    timestamp = raw;
                }
            }
            else if (compressed)
            {
                // FIT Protocol, "Compressed Timestamp Header": the 5-bit offset replaces the low 5 bits of
                // the last full timestamp, rolling over by 32 s when it is smaller than those bits.
                var offset = (uint)(header & 0x1F);
                var ts = (lastTimestamp & ~0x1Fu) + offset;
                if (offset < (lastTimestamp & 0x1F)) ts += 0x20;
                lastTimestamp = ts;
                timestamp = ts;
            }
            visitor.OnMessage(local, def, payload, timestamp);
            p += 1 + def.DataSize;
        }
        stoppedAt = p;
        if (limit < dataEnd)
            return $"truncated: file ends at byte {content.Length}, the header declares data up to byte {dataEnd}";
        return null;
    }

    /// <summary>The reason a message does not fit in what is left of the segment.</summary>
    public static string Overrun(int fileLength, long messageEnd, long dataEnd, int position, string what) =>
        messageEnd > fileLength
            ? $"truncated: file ends at byte {fileLength} inside {what}"
            : $"{what} at byte {position} runs past the end of the data (byte {dataEnd})";
}
