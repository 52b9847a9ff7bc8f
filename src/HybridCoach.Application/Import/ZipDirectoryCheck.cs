using System.Buffers.Binary;

namespace HybridCoach.Application.Import;

/// <summary>
/// Reads a zip's central directory record by record, before .NET's <c>ZipArchive</c> loads it whole, and refuses
/// what Info-ZIP's unzip 6.0 refuses since CVE-2019-10746/13232 (Fifield, "A better zip bomb", 2019): entries whose
/// data overlap (thousands of directory records pointing at one compressed block inflate it thousands of times),
/// and more entries than <see cref="ImportLimits.MaxEntriesPerArchive"/> (3 million listed entries once used 1.3 GB
/// before the count was checked). Layout from PKWARE's APPNOTE.TXT 6.3.10: end of central directory §4.3.16,
/// Zip64 end record and locator §4.3.14–15, central directory header §4.3.12, local file header §4.3.7, Zip64 extra
/// field §4.5.3. Memory is two numbers per entry; a zip it cannot make sense of is left to <c>ZipArchive</c>'s errors.
/// </summary>
internal static class ZipDirectoryCheck
{
    private const uint EndSignature = 0x06054b50, Zip64EndSignature = 0x06064b50, Zip64LocatorSignature = 0x07064b50;
    private const uint CentralSignature = 0x02014b50, LocalSignature = 0x04034b50;
    private const int EndSize = 22, LocatorSize = 20, CentralSize = 46, LocalSize = 30, MaxCommentLength = 0xFFFF;

    /// <summary>Throws <see cref="ImportLimitException"/> for too many entries or overlapping ones; leaves the stream's position anywhere.</summary>
    public static void Verify(Stream zip, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(limits);
        if (!zip.CanSeek || FindDirectory(zip) is not { } directory) return;
        var (entries, offset, size) = directory;
        if (entries > (ulong)limits.MaxEntriesPerArchive)
            throw new ImportLimitException($"zip lists {entries} entries, more than the limit of {limits.MaxEntriesPerArchive}");
        var spans = ReadSpans(zip, offset, size, limits);
        CheckNoOverlap(zip, spans);
    }

    private static (ulong Entries, long Offset, long Size)? FindDirectory(Stream zip)
    {
        var tailLength = (int)Math.Min(zip.Length, EndSize + MaxCommentLength + LocatorSize);
        var tail = new byte[tailLength];
        zip.Position = zip.Length - tailLength;
        zip.ReadExactly(tail);
        for (var at = tailLength - EndSize; at >= 0; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(at)) != EndSignature) continue;
            ulong entries = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(at + 10));
            long size = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(at + 12));
            long offset = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(at + 16));
            if (at >= LocatorSize && BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(at - LocatorSize)) == Zip64LocatorSignature)
                return Zip64Directory(zip, (long)BinaryPrimitives.ReadUInt64LittleEndian(tail.AsSpan(at - LocatorSize + 8))) ?? (entries, offset, size);
            return (entries, offset, size);
        }
        return null;
    }

    private static (ulong, long, long)? Zip64Directory(Stream zip, long recordOffset)
    {
        if (recordOffset < 0 || recordOffset > zip.Length - 56) return null;
        var record = new byte[56];
        zip.Position = recordOffset;
        zip.ReadExactly(record);
        if (BinaryPrimitives.ReadUInt32LittleEndian(record) != Zip64EndSignature) return null;
        return (BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(32)), (long)BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(48)),
            (long)BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(40)));
    }

    /// <summary>Each entry's local header offset and compressed size, counted as read (the end record's count may lie).</summary>
    private static List<(long Offset, long Compressed)> ReadSpans(Stream zip, long offset, long size, ImportLimits limits)
    {
        var spans = new List<(long, long)>();
        if (offset < 0 || size < 0 || offset + size > zip.Length) return spans;
        zip.Position = offset;
        var header = new byte[CentralSize];
        var end = offset + size;
        while (zip.Position + CentralSize <= end)
        {
            zip.ReadExactly(header);
            if (BinaryPrimitives.ReadUInt32LittleEndian(header) != CentralSignature) break;
            if (spans.Count == limits.MaxEntriesPerArchive)
                throw new ImportLimitException($"zip lists more than {limits.MaxEntriesPerArchive} entries, the limit");
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(28)), extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(30));
            int commentLength = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(32));
            long compressed = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(20)), uncompressed = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(24));
            long local = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(42));
            zip.Position += nameLength;
            var extra = new byte[extraLength];
            zip.ReadExactly(extra);
            (compressed, local) = Zip64Values(extra, uncompressed, compressed, local);
            zip.Position += commentLength;
            spans.Add((local, compressed));
        }
        return spans;
    }

    /// <summary>The Zip64 extra field's 8-byte values, for those the header marks 0xFFFFFFFF, in APPNOTE's order.</summary>
    private static (long Compressed, long Local) Zip64Values(byte[] extra, long uncompressed, long compressed, long local)
    {
        for (var at = 0; at + 4 <= extra.Length;)
        {
            int id = BinaryPrimitives.ReadUInt16LittleEndian(extra.AsSpan(at)), length = BinaryPrimitives.ReadUInt16LittleEndian(extra.AsSpan(at + 2));
            if (id == 0x0001)
            {
                var field = at + 4;
                if (uncompressed == 0xFFFFFFFF && field + 8 <= extra.Length) field += 8;
                if (compressed == 0xFFFFFFFF && field + 8 <= extra.Length) { compressed = (long)BinaryPrimitives.ReadUInt64LittleEndian(extra.AsSpan(field)); field += 8; }
                if (local == 0xFFFFFFFF && field + 8 <= extra.Length) local = (long)BinaryPrimitives.ReadUInt64LittleEndian(extra.AsSpan(field));
                break;
            }
            at += 4 + length;
        }
        return (compressed, local);
    }

    /// <summary>Sorted by offset, each entry's data (local header, name, extra field, compressed bytes) must end before the next begins.</summary>
    private static void CheckNoOverlap(Stream zip, List<(long Offset, long Compressed)> spans)
    {
        spans.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        var previousEnd = 0L;
        var local = new byte[LocalSize];
        foreach (var (offset, compressed) in spans)
        {
            if (offset < previousEnd)
                throw new ImportLimitException($"zip entries overlap (an entry at byte {offset} starts inside the one before, which ends at byte {previousEnd}): refused as a zip bomb");
            if (offset < 0 || offset + LocalSize > zip.Length) return;
            zip.Position = offset;
            zip.ReadExactly(local);
            if (BinaryPrimitives.ReadUInt32LittleEndian(local) != LocalSignature) return;
            previousEnd = offset + LocalSize + BinaryPrimitives.ReadUInt16LittleEndian(local.AsSpan(26)) + BinaryPrimitives.ReadUInt16LittleEndian(local.AsSpan(28)) + compressed;
        }
    }
}
