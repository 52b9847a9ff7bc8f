using System.Text.RegularExpressions;

namespace HybridCoach.Application.Import;

/// <summary>
/// Streams to import, written to disk until they are imported (zips are read by position, so a stream is kept as a
/// file): a private folder per import under a staging root, each file under its own name (folders stripped, unsafe
/// characters replaced) behind its position ("0003-run.fit"). <see cref="Present"/> turns a report row back into the
/// names the owner gave, so no server path reaches a report.
/// </summary>
public sealed partial class StagedImport
{
    /// <summary>The staging root's folder name in a data directory.</summary>
    public const string FolderName = "uploads";
    private const int MaxNameLength = 120;

    private readonly Regex _stagedPrefix;

    private StagedImport(string folder)
    {
        Folder = folder;
        _stagedPrefix = new Regex(Regex.Escape(folder + Path.DirectorySeparatorChar) + @"\d{4}-", RegexOptions.CultureInvariant);
    }

    public string Folder { get; }

    public List<string> Paths { get; } = [];

    public List<string> Names { get; } = [];

    /// <summary>Writes the streams to a new folder named <paramref name="id"/> under <paramref name="root"/>.</summary>
    public static async Task<StagedImport> WriteAsync(string root, string id, IReadOnlyList<ImportUpload> uploads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        var staging = new StagedImport(Directory.CreateDirectory(Path.Combine(root, id)).FullName);
        try
        {
            foreach (var (upload, index) in uploads.Select((u, i) => (u, i)))
            {
                var name = SafeName(upload.Name);
                var path = Path.Combine(staging.Folder, $"{index:D4}-{name}");
                await using (var target = File.Create(path)) await upload.Content.CopyToAsync(target, cancellationToken);
                staging.Paths.Add(path);
                staging.Names.Add(name);
            }
            return staging;
        }
        catch
        {
            staging.Delete();
            throw;
        }
    }

    /// <summary>The row with the runner's own file names in place of the staged paths, in its source and its reason.</summary>
    public ImportFileResult Present(ImportFileResult row) =>
        row with { SourcePath = Strip(row.SourcePath), Reason = row.Reason is null ? null : Strip(row.Reason) };

    public void Delete()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }

    /// <summary>Removes what imports a stopped process left in <paramref name="root"/>.</summary>
    public static void DeleteLeftovers(string root)
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    private string Strip(string text) => _stagedPrefix.Replace(text, "");

    private static string SafeName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        var cleaned = Unsafe().Replace(file, "_");
        return string.IsNullOrEmpty(cleaned.Trim('.')) ? "upload" : cleaned[..Math.Min(cleaned.Length, MaxNameLength)];
    }

    [GeneratedRegex(@"[^\p{L}\p{Nd}._-]")]
    private static partial Regex Unsafe();
}
