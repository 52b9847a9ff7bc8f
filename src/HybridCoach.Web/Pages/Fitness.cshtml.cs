using System.Text.Json;
using HybridCoach.Application.Metrics;
using HybridCoach.Application.Stores;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HybridCoach.Web.Pages;

/// <summary>
/// The signed-in athlete's fitness as of any day: the performance-management chart (chronic and acute load, form) and
/// the ACWR with the guardrails' bands (the athlete's own thresholds), weekly volume, intensity by zone and HR at easy
/// pace, from the same metrics as `coach metrics` (<see cref="ReadFitness"/>).
/// </summary>
public sealed class FitnessModel(CurrentAthlete athlete) : AthletePageModel(athlete)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [BindProperty(SupportsGet = true)] public int Days { get; set; } = 90;

    public DateOnly AsOf { get; private set; }

    public MetricsReport? Report { get; private set; }

    public FitnessChartSeries Series { get; private set; } = null!;

    public string SeriesJson { get; private set; } = "{}";

    public IReadOnlyList<HybridCoach.Domain.Activities.WeekVolume> Weeks { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "asOf")] DateOnly? asOf, CancellationToken cancellationToken)
    {
        AsOf = asOf ?? Today;
        Days = Math.Clamp(Days, 14, 730);
        var services = await Athlete.ServicesAsync();
        var view = await services.GetRequiredService<AthleteReadCache>().GetOrComputeAsync($"fitness:{AsOf:yyyy-MM-dd}:{Days}",
            c => services.GetRequiredService<ReadFitness>().ReadAsync(AsOf, Days, c), cancellationToken);
        (Report, Series, Weeks, SeriesJson) = (view.Report, view.Series, view.Weeks, JsonSerializer.Serialize(view.Series, Json));
    }
}
