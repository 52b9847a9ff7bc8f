using HybridCoach.Application.Activities;
using HybridCoach.Application.Athletes;
using HybridCoach.Domain.Activities;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HybridCoach.Web.Pages.Activities;

/// <summary>The signed-in athlete's activities, newest first, filtered by sport (the same query as `coach activities`).</summary>
public sealed class IndexModel(CurrentAthlete athlete) : AthletePageModel(athlete)
{
    /// <summary>The sport filter as the CLI names sports (run, trail_run, ride…); empty for all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sport { get; set; }

    public IReadOnlyList<ActivityListItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var services = await Athlete.ServicesAsync();
        var sport = SportExtensions.ParseSport(Sport);
        Items = await services.GetRequiredService<IActivityStore>().ListAsOfAsync(new ActivityQuery(null, null, sport, 500), Today, cancellationToken);
    }
}
