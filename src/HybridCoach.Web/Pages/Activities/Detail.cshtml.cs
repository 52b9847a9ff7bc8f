using System.Text.Json;
using HybridCoach.Application.Activities;
using HybridCoach.Domain.Activities;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HybridCoach.Web.Pages.Activities;

/// <summary>One activity of the signed-in athlete: summary, laps and the pace/heart-rate chart (404 for an id not in their store).</summary>
public sealed class DetailModel(CurrentAthlete athlete) : AthletePageModel(athlete)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Activity? Activity { get; private set; }

    public string SeriesJson { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var services = await Athlete.ServicesAsync();
        Activity = await services.GetRequiredService<IActivityStore>().GetAsync(id, cancellationToken);
        if (Activity is null) return NotFound();
        SeriesJson = JsonSerializer.Serialize(ActivityCharts.From(Activity), Json).Replace("</", "<\\/", StringComparison.Ordinal);
        return Page();
    }
}
