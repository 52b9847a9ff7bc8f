using HybridCoach.Application.Accounts;
using HybridCoach.Application.Coaching;
using HybridCoach.Application.Plans;
using HybridCoach.Application.Stores;
using HybridCoach.Web.Accounts;
using HybridCoach.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HybridCoach.Web.Pages;

/// <summary>
/// The signed-in athlete's plan calendar, planned beside done with compliance colours, or the button that generates
/// the plan (the same use case as `coach plan generate`: three variants, checked, stored as a version).
/// </summary>
public sealed class PlanModel(CurrentAthlete athlete, CalendarFeeds feeds) : AthletePageModel(athlete)
{
    public (PlanSet Set, IReadOnlyList<CalendarWeek> Weeks)? Calendar { get; private set; }

    /// <summary>The calendar link just made (shown once), or null.</summary>
    public string? FeedUrl { get; private set; }

    /// <summary>When the account's current calendar link was made, or null when it has none.</summary>
    public DateTimeOffset? FeedCreated { get; private set; }


    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Makes a new secret calendar link (revoking the old) and shows it once.</summary>
    public async Task<IActionResult> OnPostFeedAsync(CancellationToken cancellationToken)
    {
        var token = await feeds.CreateAsync((await Athlete.UserAsync()).Id, cancellationToken);
        FeedUrl = $"{Request.Scheme}://{Request.Host}{CalendarFeedEndpoints.PathFor(token)}";
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var services = await Athlete.ServicesAsync();
        Calendar = await services.GetRequiredService<AthleteReadCache>().GetOrComputeAsync($"plan-calendar:{Today:yyyy-MM-dd}",
            async c => new CachedCalendar(await services.GetRequiredService<PlanCalendar>().BuildAsync(Today, c)), cancellationToken) is { Value: { } value } ? value : null;
        FeedCreated = await feeds.CreatedAsync((await Athlete.UserAsync()).Id, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var services = await Athlete.ServicesAsync();
        try
        {
            await services.GetRequiredService<RegeneratePlan>().RunAsync(new PlanOptions(Today), null, cancellationToken);
            return RedirectToPage();
        }
        catch (Exception error) when (error is ArgumentException or InvalidOperationException)
        {
            ModelState.AddModelError(string.Empty, error.Message);
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    /// <summary>A calendar or none, as one cacheable answer.</summary>
    private sealed record CachedCalendar((PlanSet Set, IReadOnlyList<CalendarWeek> Weeks)? Value);
}
