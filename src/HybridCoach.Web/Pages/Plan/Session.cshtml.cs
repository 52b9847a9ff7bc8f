using System.ComponentModel.DataAnnotations;
using HybridCoach.Application.Coaching;
using HybridCoach.Application.Manual;
using HybridCoach.Application.Plans;
using HybridCoach.Application.Summaries;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HybridCoach.Web.Pages.Plan;

/// <summary>
/// One day's session in force (the same use case as `coach session`): steps with exact paces, purpose, microcycle and
/// narration; its FIT workout for the watch; and the adjustment request (`coach adjust`): ask for an easier session with
/// a reason, see the never-harder replacement, accept or reject it.
/// </summary>
public sealed class SessionModel(CurrentAthlete athlete) : AthletePageModel(athlete)
{
    [BindProperty, Required, StringLength(500)] public string? Reason { get; set; }

    public DateOnly Date { get; private set; }
    public SessionNote? Note { get; private set; }
    public OpenAdjustment? Open { get; private set; }
    public AdjustmentDecision? Decided { get; private set; }


    public async Task<IActionResult> OnGetAsync(string date, CancellationToken cancellationToken) =>
        await ShowAsync(date, cancellationToken) ?? Page();

    public async Task<IActionResult> OnGetWorkoutAsync(string date, CancellationToken cancellationToken)
    {
        if (!TryDate(date)) return NotFound();
        try
        {
            var workout = await (await Athlete.ServicesAsync()).GetRequiredService<ExportPlan>().WorkoutAsync(Date, Today, cancellationToken);
            return File(workout.Content, "application/vnd.ant.fit", workout.FileName);
        }
        catch (ArgumentException)
        {
            return NotFound();
        }
    }

    public async Task<IActionResult> OnPostAdjustAsync(string date, CancellationToken cancellationToken)
    {
        if (!TryDate(date)) return NotFound();
        if (ModelState.IsValid)
        {
            try
            {
                await (await Athlete.ServicesAsync()).GetRequiredService<AdjustSession>().ProposeAsync(Date, Reason!, Today, cancellationToken);
                return RedirectToPage(new { date });
            }
            catch (ArgumentException error)
            {
                ModelState.AddModelError(nameof(Reason), error.Message);
            }
        }
        return await ShowAsync(date, cancellationToken) ?? Page();
    }

    public Task<IActionResult> OnPostAcceptAsync(string date, long id, CancellationToken cancellationToken) =>
        DecideAsync(date, (adjust, c) => adjust.AcceptAsync(id, c), cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(string date, long id, CancellationToken cancellationToken) =>
        DecideAsync(date, (adjust, c) => adjust.RejectAsync(id, c), cancellationToken);

    private async Task<IActionResult> DecideAsync(string date, Func<AdjustSession, CancellationToken, Task<AdjustmentDecision>> decide,
        CancellationToken cancellationToken)
    {
        if (!TryDate(date)) return NotFound();
        try
        {
            Decided = await decide((await Athlete.ServicesAsync()).GetRequiredService<AdjustSession>(), cancellationToken);
        }
        catch (ArgumentException error)
        {
            ModelState.AddModelError(string.Empty, error.Message);
        }
        return await ShowAsync(date, cancellationToken) ?? Page();
    }

    /// <summary>Loads the day; a result only when the page cannot be shown (bad date, no plan, a day outside it).</summary>
    private async Task<IActionResult?> ShowAsync(string date, CancellationToken cancellationToken)
    {
        if (!TryDate(date)) return NotFound();
        var services = await Athlete.ServicesAsync();
        try
        {
            Note = await services.GetRequiredService<DescribeSession>().DescribeAsync(Date, Today, cancellationToken, reuseNarration: true);
        }
        catch (ArgumentException)
        {
            return NotFound();
        }
        Open = await services.GetRequiredService<AdjustSession>().FindOpenAsync(Date, cancellationToken);
        return null;
    }

    private bool TryDate(string text)
    {
        try
        {
            Date = EntryText.ParseDate(text, "date");
            return true;
        }
        catch (EntryFormatException)
        {
            return false;
        }
    }
}
