using System.Buffers.Binary;
using System.Diagnostics;
using HybridCoach.Application.Import;
using HybridCoach.Application.Tests.Fakes;
using Xunit;

namespace HybridCoach.Application.Tests.Import;

/// <summary>
/// Issue 15 item 7: sources that are not what they claim. A FIFO once blocked `import` forever and a link to
/// /dev/zero exhausted memory (both report a length of 0); 20,000 directory records pointing at one entry inflated
/// it 20,000 times; nothing capped a whole import. Each is now refused by type or structure, quickly, with the reason,
/// and the other files still import.
/// </summary>
public sealed class HostileSourceTests : IDisposable
{
    private static readonly DateTimeOffset Start = FakeActivity.Start;
    private readonly TempFolder _folder = new();
    private readonly InMemoryActivityStore _store = new();

    public void Dispose() => _folder.Dispose();

    private async Task<ImportReport> Import(string[] paths, ImportLimits? limits = null)
    {
        var import = new ImportService(_store, FakeReaders.All()).ImportAsync(paths, new ImportOptions(Limits: limits));
        return await import.WaitAsync(TimeSpan.FromSeconds(30));   // a hang fails the test instead of stalling the run
    }

    private string Fifo(string name)
    {
        var path = System.IO.Path.Combine(_folder.Path, name);
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    [Fact]
    public async Task Fifo_NamedOrInAFolder_RefusedByTypeWithoutBlocking()
    {
        var fifo = Fifo("pipe.fit");
        var ok = _folder.Write("ok.fit", FakeActivity.Fit(Start, 10_000));
        Assert.Equal(FileKind.Fifo, FileKinds.Of(fifo));

        var named = await Import([fifo, ok]);
        Assert.Equal($"{fifo}: is a named pipe (FIFO), not a regular file; only regular files are read", named.Files[0].Reason);
        Assert.Equal(ImportStatus.Imported, named.Files[1].Status);

        var walked = await Import([_folder.Path]);
        Assert.Contains(walked.Files, f => f.SourcePath == fifo && f.Status == ImportStatus.Failed);
    }

    [Fact]
    public async Task LinkToDevZero_RefusedAsADevice()
    {
        var link = System.IO.Path.Combine(_folder.Path, "zero.fit");
        File.CreateSymbolicLink(link, "/dev/zero");
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of(link));

        var report = await Import([link]);

        Assert.Equal($"{link}: is a device, not a regular file; only regular files are read", Assert.Single(report.Files).Reason);
    }

    [Fact]
    public void RegularFileAndFolder_KnownByType()
    {
        Assert.Equal(FileKind.Regular, FileKinds.Of(_folder.Write("a.gpx", [1, 2, 3])));
        Assert.Equal(FileKind.Directory, FileKinds.Of(_folder.Path));
        Assert.Equal(FileKind.Missing, FileKinds.Of(System.IO.Path.Combine(_folder.Path, "none")));
    }

    [Fact]
    public async Task OverlappingEntries_RefusedBeforeInflating()
    {
        // One real entry, then 20,000 more directory records pointing at its local header (Fifield's overlap).
        var zip = _folder.Write("overlap.zip", Overlapping(TestArchives.Zip(("run.fit", FakeActivity.Fit(Start, 10_000))), 20_000));
        var clock = Stopwatch.StartNew();

        var report = await Import([zip]);

        var refused = Assert.Single(report.Files);
        Assert.Equal(ImportStatus.Failed, refused.Status);
        Assert.Contains("zip entries overlap (an entry at byte 0 starts inside the one before", refused.Reason, StringComparison.Ordinal);
        Assert.Empty(_store.Activities);
        Assert.True(clock.ElapsedMilliseconds < 5_000, $"{clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task TooManyEntries_RefusedFromTheDirectoryCount()
    {
        var entries = Enumerable.Range(0, 1_001).Select(i => ($"e{i}.txt", new byte[] { 1 })).ToArray();
        var zip = _folder.Write("many.zip", TestArchives.Zip(entries));

        var report = await Import([zip], new ImportLimits(MaxEntriesPerArchive: 1_000));

        Assert.Equal($"{zip}: zip lists 1001 entries, more than the limit of 1000", Assert.Single(report.Files).Reason);
    }

    [Fact]
    public async Task WholeImportCap_LaterFilesNotRead()
    {
        var files = Enumerable.Range(0, 3).Select(i => _folder.Write($"run{i}.fit", FakeActivity.Fit(Start.AddDays(i), 10_000, extra: new string('x', 4_000)))).ToArray();
        var size = new FileInfo(files[0]).Length;

        var report = await Import(files, new ImportLimits(MaxImportBytes: size + 1));

        Assert.Equal([ImportStatus.Imported, ImportStatus.Imported, ImportStatus.Failed], report.Files.Select(f => f.Status));
        Assert.StartsWith($"{files[2]}: not read: this import has read ", report.Files[2].Reason, StringComparison.Ordinal);
        Assert.Equal(2, _store.Activities.Count);
    }

    /// <summary>The zip with <paramref name="copies"/> more central directory records, each a copy of the first (same local header offset) with its own name.</summary>
    private static byte[] Overlapping(byte[] zip, int copies)
    {
        var end = zip.Length - 22;
        Assert.Equal(0x06054b50u, BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end)));
        var directoryOffset = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end + 16));
        var record = zip[directoryOffset..end];
        var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(record.AsSpan(28));
        using var output = new MemoryStream();
        output.Write(zip, 0, end);
        for (var i = 0; i < copies; i++)
        {
            var copy = (byte[])record.Clone();
            var name = System.Text.Encoding.ASCII.GetBytes($"{i:D7}.fit".PadLeft(nameLength, 'r')[^nameLength..]);
            name.CopyTo(copy, 46);
            output.Write(copy);
        }
        var eocd = zip[end..];
        var count = (ushort)Math.Min(copies + 1, 0xFFFF);
        BinaryPrimitives.WriteUInt16LittleEndian(eocd.AsSpan(8), count);
        BinaryPrimitives.WriteUInt16LittleEndian(eocd.AsSpan(10), count);
        BinaryPrimitives.WriteUInt32LittleEndian(eocd.AsSpan(12), (uint)(record.Length * (copies + 1)));
        output.Write(eocd);
        return output.ToArray();
    }
}
