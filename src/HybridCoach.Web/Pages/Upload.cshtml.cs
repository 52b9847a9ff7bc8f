using HybridCoach.Web.Accounts;
using HybridCoach.Web.Uploads;
using Microsoft.AspNetCore.Mvc;

namespace HybridCoach.Web.Pages;

/// <summary>
/// Upload of activity files and exports into the signed-in athlete's store. The import runs in the background
/// (<see cref="UploadWorker"/>: the same import as `coach import`); the page waits a moment for it, then shows the
/// upload's page — its report when done, its progress file by file while a large export is still importing.
/// </summary>
[RequestSizeLimit(UploadLimits.MaxUploadBytes)]
public sealed class UploadModel(CurrentAthlete athlete, UploadQueue queue) : AthletePageModel(athlete)
{
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
        try
        {
            var job = await queue.SubmitAsync((await Athlete.UserAsync()).Athlete, files, cancellationToken);
            await job.WaitAsync(queue.InlineWait, cancellationToken);
            return RedirectToPage("/Uploads/Job", new { upload = job.Id });
        }
        catch (UploadRefusedException refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
            return Page();
        }
    }
}
