using HybridCoach.Application.Coaching;
using HybridCoach.Application.Plans;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HybridCoach.Web.Pages;

/// <summary>
/// The signed-in athlete's plan calendar, planned beside done with compliance colours, or the button that generates
/// the plan (the same use case as `coach plan generate`: three variants, checked, stored as a version).
/// </summary>
public sealed class PlanModel(CurrentAthlete athlete) : PageModel
{
    public (PlanSet Set, IReadOnlyList<CalendarWeek> Weeks)? Calendar { get; private set; }

    private DateOnly Today => athlete.Today;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Calendar = await (await athlete.ServicesAsync()).GetRequiredService<PlanCalendar>().BuildAsync(Today, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var services = await athlete.ServicesAsync();
        try
        {
            await services.GetRequiredService<RegeneratePlan>().RunAsync(new PlanOptions(Today), null, cancellationToken);
            return RedirectToPage();
        }
        catch (Exception error) when (error is ArgumentException or InvalidOperationException)
        {
            ModelState.AddModelError(string.Empty, error.Message);
            Calendar = await services.GetRequiredService<PlanCalendar>().BuildAsync(Today, cancellationToken);
            return Page();
        }
    }
}
