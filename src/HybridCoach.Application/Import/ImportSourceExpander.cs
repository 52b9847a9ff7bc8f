namespace HybridCoach.Application.Import;

/// <summary>
/// Turns the paths a runner gives (files, folders, zips) into the list of files to import, so the total
/// is known before the first file is decoded. Folders are walked recursively in name order and only
/// .fit/.gpx/.tcx (optionally .gz) and .zip files are picked up; a file named explicitly is always tried,
/// since its format is detected by content.
/// </summary>
internal sealed class ImportSourceExpander(ImportLimits limits)
{
    private readonly List<ImportItem> _items = [];

    public IReadOnlyList<ImportItem> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path)) ExpandFolder(path);
            else if (File.Exists(path)) ExpandFile(path, path);
            else _items.Add(ImportItem.Refused(path, ImportStatus.Failed, $"{path}: no such file or folder"));
        }
        return _items;
    }

    private void ExpandFolder(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            // Symbolic links are not followed, so a link cycle cannot make the walk endless.
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        };
        var files = Directory.EnumerateFiles(folder, "*", options)
            .Where(ActivityFileNames.IsImportable)
            .Order(StringComparer.Ordinal);
        foreach (var file in files) ExpandFile(file, file);
    }

    private void ExpandFile(string path, string sourcePath)
    {
        if (FileKinds.NotRegularReason(path) is { } notRegular)
        {
            Add(ImportItem.Refused(sourcePath, ImportStatus.Failed, $"{sourcePath}: {notRegular}"));
            return;
        }
        if (!ActivityFileNames.IsZip(path))
        {
            Add(new ImportItem(sourcePath, path, [], new FileInfo(path).Length));
            return;
        }
        var zip = new ZipSourceExpander(limits, Add);
        zip.ExpandFile(path, sourcePath);
    }

    private void Add(ImportItem item)
    {
        if (_items.Count == limits.MaxFiles)
            _items.Add(ImportItem.Refused(item.SourcePath, ImportStatus.Skipped, $"more than {limits.MaxFiles} files in one import; the rest were not read"));
        if (_items.Count > limits.MaxFiles) return;
        _items.Add(item);
    }
}
