using HybridCoach.Application.Activities;
using HybridCoach.Application.Athletes;
using HybridCoach.Domain.Activities;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HybridCoach.Web.Pages.Activities;

/// <summary>The signed-in athlete's activities, newest first, filtered by sport (the same query as `coach activities`).</summary>
public sealed class IndexModel(CurrentAthlete athlete, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Sport? Sport { get; set; }

    public IReadOnlyList<ActivityListItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var services = await athlete.ServicesAsync();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Items = await services.GetRequiredService<IActivityStore>().ListAsOfAsync(new ActivityQuery(null, null, Sport, 500), today, cancellationToken);
    }
}
