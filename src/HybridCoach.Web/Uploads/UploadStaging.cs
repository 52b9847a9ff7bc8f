using System.Text.RegularExpressions;
using HybridCoach.Application.Import;

namespace HybridCoach.Web.Uploads;

/// <summary>
/// An upload's files on disk until they are imported: a private folder per upload under the data directory's
/// `uploads`, each file under its own name (folders stripped, unsafe characters replaced) behind its position
/// ("0003-run.fit"). <see cref="Present"/> turns a report row back into the names the runner chose, so no server path
/// reaches a page or the API.
/// </summary>
public sealed partial class UploadStaging
{
    public const string FolderName = "uploads";
    private const int MaxNameLength = 120;

    private UploadStaging(string folder) => Folder = folder;

    public string Folder { get; }

    public List<string> Paths { get; } = [];

    public List<string> Names { get; } = [];

    /// <summary>Writes the files to a new folder named <paramref name="id"/> under <paramref name="dataDirectory"/>'s uploads.</summary>
    public static async Task<UploadStaging> WriteAsync(string dataDirectory, string id, IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        var staging = new UploadStaging(Directory.CreateDirectory(Path.Combine(dataDirectory, FolderName, id)).FullName);
        try
        {
            foreach (var (file, index) in files.Select((f, i) => (f, i)))
            {
                var name = SafeName(file.FileName);
                var path = Path.Combine(staging.Folder, $"{index:D4}-{name}");
                await using (var target = File.Create(path)) await file.CopyToAsync(target, cancellationToken);
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

    /// <summary>Removes what uploads a stopped server left behind (their jobs ended with it).</summary>
    public static void DeleteLeftovers(string dataDirectory)
    {
        var root = Path.Combine(dataDirectory, FolderName);
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    private string Strip(string text) =>
        new Regex(Regex.Escape(Folder + Path.DirectorySeparatorChar) + @"\d{4}-", RegexOptions.CultureInvariant).Replace(text, "");

    private static string SafeName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        var cleaned = Unsafe().Replace(file, "_");
        return string.IsNullOrEmpty(cleaned.Trim('.')) ? "upload" : cleaned[..Math.Min(cleaned.Length, MaxNameLength)];
    }

    [GeneratedRegex(@"[^\p{L}\p{Nd}._-]")]
    private static partial Regex Unsafe();
}
