using HybridCoach.Application.Import;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HybridCoach.Web.Pages;

/// <summary>
/// Upload of activity files and exports into the signed-in athlete's store: the same import as `coach import` (the
/// same checks, the same per-file report). Files are written to a private temporary folder under their own names
/// (folders stripped) and removed afterwards.
/// </summary>
[RequestSizeLimit(UploadLimits.MaxUploadBytes)]
public sealed class UploadModel(CurrentAthlete athlete) : AthletePageModel(athlete)
{
    private string? _folder;

    public ImportReport? Report { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            ModelState.AddModelError(string.Empty, "Choose at least one file.");
            return Page();
        }
        var services = await Athlete.ServicesAsync();
        _folder = Directory.CreateTempSubdirectory("hybridcoach-upload-").FullName;
        try
        {
            var paths = new List<string>();
            foreach (var (file, index) in files.Select((f, i) => (f, i)))
            {
                var path = Path.Combine(_folder, $"{index:D4}-{SafeName(file.FileName)}");
                await using (var target = System.IO.File.Create(path)) await file.CopyToAsync(target, cancellationToken);
                paths.Add(path);
            }
            Report = await services.GetRequiredService<ImportService>().ImportAsync(paths, cancellationToken: cancellationToken);
            return Page();
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>The uploaded file's own name as the runner chose it (the temporary folder and order prefix removed).</summary>
    public string DisplayName(string sourcePath)
    {
        var relative = _folder is not null && sourcePath.StartsWith(_folder, StringComparison.Ordinal) ? sourcePath[(_folder.Length + 1)..] : Path.GetFileName(sourcePath);
        return relative.Length > 5 && relative[4] == '-' ? relative[5..] : relative;
    }

    private static string SafeName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        var cleaned = new string([.. file.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]);
        return string.IsNullOrEmpty(cleaned.Trim('.')) ? "upload" : cleaned[..Math.Min(cleaned.Length, 120)];
    }
}
