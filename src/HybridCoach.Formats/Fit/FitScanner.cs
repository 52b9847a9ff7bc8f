using System.Buffers.Binary;

namespace HybridCoach.Formats.Fit;

/// <summary>
/// Walks a FIT byte span once: headers, definition and data messages, chained segments and CRCs
/// (FIT Protocol, "File Structure" and "Record Header"), handing each message to a struct visitor.
/// Never throws for any input; the first fatal fault ends the scan and is returned as a one-line reason.
/// </summary>
internal static class FitScanner
{
    public static FitScanResult Scan<TVisitor>(ReadOnlySpan<byte> content, ref TVisitor visitor)
        where TVisitor : struct, IFitVisitor
    {
        var result = new FitScanResult();
        var definitions = new FitMessageDefinition?[16];
        var position = 0;
        while (true)
        {
            var headerError = FitHeader.TryParse(content[position..], position, out var header);
            if (headerError is not null)
            {
                if (position > 0 && IsZeroPadding(content[position..])) break;
                result.Error = headerError;
                break;
            }
            Array.Clear(definitions);
            visitor.OnSegment(result.Segments.Count, header);
            var dataStart = position + header.Size;
            var dataEnd = dataStart + (long)header.DataSize;
            var limit = (int)Math.Min(dataEnd, content.Length);
            var error = FitDataScanner.ScanData(content, dataStart, limit, dataEnd, definitions, ref visitor, out var stoppedAt);
            if (error is null && content.Length < dataEnd + 2)
                error = $"truncated: file ends at byte {content.Length} before the 2-byte file CRC";
            if (error is not null)
            {
                result.Segments.Add(Segment(position, header, null, null, null));
                result.Error = error;
                position = stoppedAt;
                break;
            }
            var stored = BinaryPrimitives.ReadUInt16LittleEndian(content[(int)dataEnd..]);
            var computed = FitCrcFast.Compute(content[position..(int)dataEnd]);
            result.Segments.Add(Segment(position, header, stored == computed, stored, computed));
            position = (int)dataEnd + 2;
            if (stored != computed)
            {
                result.Error = $"file CRC mismatch (stored 0x{stored:X4}, computed 0x{computed:X4})";
                break;
            }
            if (position >= content.Length) break;
        }
        result.StoppedAt = Math.Min(position, content.Length);
        return result;
    }

    private static FitSegmentIntegrity Segment(int offset, in FitHeader header, bool? ok, ushort? stored, ushort? computed) =>
        new(offset, header.Size, header.ProtocolVersion, header.ProfileVersion, header.DataSize,
            header.CrcChecked, ok, stored, computed);

    /// <summary>Some writers pad the file after the last CRC with zero bytes; that is not a new segment.</summary>
    private static bool IsZeroPadding(ReadOnlySpan<byte> rest) => rest.IndexOfAnyExcept((byte)0) < 0;
}
