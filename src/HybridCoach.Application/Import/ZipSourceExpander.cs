using System.IO.Compression;

namespace HybridCoach.Application.Import;

/// <summary>
/// Lists the activity files in a zip and in zips nested inside it (a Garmin Connect export keeps the
/// uploaded FIT files in DI_CONNECT/DI-Connect-Uploaded-Files/*.zip). A Strava export's activities.csv
/// supplies names and types for the files it lists, and its rows with no file (manual entries) become items of their own. Unsafe entry names are refused, nesting is capped at
/// <see cref="ImportLimits.MaxZipDepth"/>, overlapping entries and too many entries are refused before the directory
/// is loaded (<see cref="ZipDirectoryCheck"/>), only regular files are opened, and JSON and other files are ignored.
/// </summary>
internal sealed class ZipSourceExpander(ImportLimits limits, Action<ImportItem> add)
{
    public void ExpandFile(string path, string sourcePath)
    {
        try
        {
            if (FileKinds.NotRegularReason(path) is { } notRegular) throw new ImportLimitException(notRegular);
            using var stream = File.OpenRead(path);
            ZipDirectoryCheck.Verify(stream, limits);
            stream.Position = 0;
            using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            ExpandArchive(archive, path, sourcePath, [], depth: 1);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or ImportLimitException)
        {
            add(ImportItem.Refused(sourcePath, ImportStatus.Failed, Describe(sourcePath, e)));
        }
    }

    private void ExpandArchive(ZipArchive archive, string filePath, string displayPath, int[] indexes, int depth)
    {
        var entries = archive.Entries;
        if (entries.Count > limits.MaxEntriesPerArchive)
        {
            add(ImportItem.Refused(displayPath, ImportStatus.Failed,
                $"{displayPath}: zip has {entries.Count} entries, more than the limit of {limits.MaxEntriesPerArchive}"));
            return;
        }
        var strava = ReadStravaIndex(archive);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.FullName.EndsWith('/')) continue; // a folder
            var entryPath = $"{displayPath}!/{entry.FullName}";
            var unsafeReason = ZipEntryNames.UnsafeReason(entry.FullName);
            if (unsafeReason is not null)
            {
                add(ImportItem.Refused(entryPath, ImportStatus.Failed, $"{entryPath}: unsafe zip entry name ({unsafeReason}); not imported"));
                continue;
            }
            int[] chain = [.. indexes, i];
            if (ActivityFileNames.IsZip(entry.FullName)) ExpandNested(entry, filePath, entryPath, chain, depth);
            else if (ActivityFileNames.IsActivityFile(entry.FullName))
                add(new ImportItem(entryPath, filePath, chain, entry.CompressedLength,
                    strava?.ByFile.GetValueOrDefault(StravaActivitiesCsv.Normalise(entry.FullName))));
        }
        // Strava's manual entries (rows with no file) are items of their own, named by their line and Strava id.
        foreach (var row in strava?.Manual ?? [])
            add(new ImportItem($"{displayPath}!/{StravaActivitiesCsv.FileName} line {row.Line} (Strava manual entry {row.ActivityId})", "", [], 0, Manual: row));
    }

    private void ExpandNested(ZipArchiveEntry entry, string filePath, string entryPath, int[] chain, int depth)
    {
        if (depth >= limits.MaxZipDepth)
        {
            add(ImportItem.Refused(entryPath, ImportStatus.Skipped, $"{entryPath}: zip nested more than {limits.MaxZipDepth} levels deep; not opened"));
            return;
        }
        try
        {
            var bytes = new MemoryStream(ArchiveReader.ReadEntry(entry, limits));
            ZipDirectoryCheck.Verify(bytes, limits);
            bytes.Position = 0;
            using var nested = new ZipArchive(bytes, ZipArchiveMode.Read);
            ExpandArchive(nested, filePath, entryPath, chain, depth + 1);
        }
        catch (Exception e) when (e is InvalidDataException or ImportLimitException)
        {
            add(ImportItem.Refused(entryPath, ImportStatus.Failed, Describe(entryPath, e)));
        }
    }

    private StravaIndex? ReadStravaIndex(ZipArchive archive)
    {
        var csv = archive.Entries.FirstOrDefault(e => e.FullName.Equals(StravaActivitiesCsv.FileName, StringComparison.OrdinalIgnoreCase));
        if (csv is null) return null;
        try
        {
            return StravaActivitiesCsv.Read(ArchiveReader.ReadEntry(csv, limits));
        }
        catch (Exception e) when (e is CsvHelper.CsvFormatException or InvalidDataException or ImportLimitException)
        {
            add(ImportItem.Refused(csv.FullName, ImportStatus.Failed,
                $"{csv.FullName}: unreadable, so names and types come from the files ({e.Message.Split('\n')[0]})"));
            return null;
        }
    }

    public static string Describe(string sourcePath, Exception e) => e switch
    {
        ImportLimitException => $"{sourcePath}: {e.Message}",
        InvalidDataException => $"{sourcePath}: not a readable zip or gzip archive ({e.Message})",
        _ => $"{sourcePath}: {e.Message}",
    };
}
