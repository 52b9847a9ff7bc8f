using System.IO.Hashing;
using System.IO.Compression;

namespace HybridCoach.Application.Import;

/// <summary>
/// Loads item contents, keeping the most recently used archive open at each nesting level: items come
/// in archive order, so a Garmin export's nested zip is decompressed once for all its files instead of
/// once per file. Nested zips live in memory (never extracted to disk), bounded by the limits.
/// </summary>
internal sealed class ArchiveReader(ImportLimits limits) : IDisposable
{
    private readonly List<(string Key, ZipArchive Archive)> _open = [];

    public byte[] Load(ImportItem item)
    {
        if (item.EntryIndexes.Count == 0) return ReadFile(item.FilePath, item.SourcePath, limits);
        ZipArchive? archive = null;
        for (var depth = 0; depth < item.EntryIndexes.Count; depth++)
            archive = OpenLevel(item, depth, archive);
        return ReadEntry(archive!.Entries[item.EntryIndexes[^1]], limits);
    }

    public static byte[] ReadFile(string path, string sourcePath, ImportLimits limits)
    {
        if (FileKinds.NotRegularReason(path) is { } notRegular) throw new ImportLimitException($"{sourcePath}: {notRegular}");
        var length = new FileInfo(path).Length;
        if (length > limits.MaxEntryBytes)
            throw new ImportLimitException($"{sourcePath}: file is larger than {BoundedDecompression.Size(limits.MaxEntryBytes)}");
        return File.ReadAllBytes(path);
    }

    /// <summary>
    /// The entry's bytes, under the limits, checked against the CRC-32 its directory record states (APPNOTE 4.4.7): a
    /// damaged entry — a stored one above all, which no decompressor checks — once changed a lap's heart rate silently.
    /// </summary>
    public static byte[] ReadEntry(ZipArchiveEntry entry, ImportLimits limits)
    {
        byte[] data;
        using (var stream = entry.Open()) data = BoundedDecompression.ReadAll(stream, entry.CompressedLength, entry.FullName, limits);
        if (Crc32.HashToUInt32(data) != entry.Crc32)
            throw new InvalidDataException($"zip entry {entry.FullName} is damaged: its CRC-32 {Crc32.HashToUInt32(data):X8} is not the {entry.Crc32:X8} the archive states");
        return data;
    }

    // Level 0 is the zip on disk; level n is the zip held in entry EntryIndexes[n-1] of level n-1.
    private ZipArchive OpenLevel(ImportItem item, int depth, ZipArchive? parent)
    {
        var key = item.FilePath + "|" + string.Join('/', item.EntryIndexes.Take(depth));
        if (depth < _open.Count && _open[depth].Key == key) return _open[depth].Archive;
        var archive = parent is null
            ? new ZipArchive(File.OpenRead(item.FilePath), ZipArchiveMode.Read)
            : new ZipArchive(new MemoryStream(ReadEntry(parent.Entries[item.EntryIndexes[depth - 1]], limits)), ZipArchiveMode.Read);
        while (_open.Count > depth)
        {
            _open[^1].Archive.Dispose();
            _open.RemoveAt(_open.Count - 1);
        }
        _open.Add((key, archive));
        return archive;
    }

    public void Dispose()
    {
        foreach (var (_, archive) in _open) archive.Dispose();
        _open.Clear();
    }
}
