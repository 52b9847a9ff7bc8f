using System.Text.Json;
using HybridCoach.Application.Plans;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace HybridCoach.Web.Pages.Plan;

/// <summary>
/// The newest plan's three variants compared (`coach plan compare`): volume per microcycle, projected chronic load and
/// ACWR on one chart each, peak volume, quality sessions, and the figures outside the published plans' envelope.
/// </summary>
public sealed class VariantsModel(CurrentAthlete athlete) : AthletePageModel(athlete)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public PlanSet? Set { get; private set; }
    public IReadOnlyList<VariantComparison> Variants { get; private set; } = [];
    public string SeriesJson { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var services = await Athlete.ServicesAsync();
        if (await ReadLatestPlan.FindAsync(services.GetRequiredService<IPlanStore>(), cancellationToken) is null) return RedirectToPage("/Plan");
        (Set, Variants) = await services.GetRequiredService<ComparePlans>().CompareAsync(cancellationToken);
        SeriesJson = JsonSerializer.Serialize(VariantChartSeries.From(Variants), Json);
        return Page();
    }
}
