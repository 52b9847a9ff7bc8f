using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HybridCoach.Web.Pages;

/// <summary>A page of the signed-in athlete: <see cref="Today"/> is their today (their profile's time zone), read before any handler runs.</summary>
public abstract class AthletePageModel(CurrentAthlete athlete) : PageModel
{
    protected CurrentAthlete Athlete { get; } = athlete;

    /// <summary>The athlete's today, in the time zone of their profile.</summary>
    public DateOnly Today { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Today = await Athlete.TodayAsync(HttpContext.RequestAborted);
        await next();
    }
}
