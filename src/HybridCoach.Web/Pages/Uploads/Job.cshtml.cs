using HybridCoach.Application.Import;
using HybridCoach.Web.Accounts;
using HybridCoach.Web.Uploads;
using Microsoft.AspNetCore.Mvc;

namespace HybridCoach.Web.Pages.Uploads;

/// <summary>One upload of the signed-in athlete: its per-file report once imported, its progress while importing (404 for anyone else's).</summary>
public sealed class JobModel(CurrentAthlete athlete, UploadQueue queue) : AthletePageModel(athlete)
{
    public ImportJobStatus Status { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string upload)
    {
        if (await queue.FindAsync(upload, (await Athlete.UserAsync()).Athlete, HttpContext.RequestAborted) is not { } status) return NotFound();
        Status = status;
        return Page();
    }
}
