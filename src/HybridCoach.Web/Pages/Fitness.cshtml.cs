using System.Text.Json;
using HybridCoach.Application.Athletes;
using HybridCoach.Application.Decisions;
using HybridCoach.Application.Metrics;
using HybridCoach.Application.Stores;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HybridCoach.Web.Pages;

/// <summary>
/// The signed-in athlete's fitness as of any day: the performance-management chart (chronic and acute load, form) and
/// the ACWR with the guardrails' bands (the athlete's own thresholds), from the same metrics as `coach metrics`.
/// </summary>
public sealed class FitnessModel(CurrentAthlete athlete) : AthletePageModel(athlete)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [BindProperty(SupportsGet = true)] public int Days { get; set; } = 90;

    public DateOnly AsOf { get; private set; }

    public MetricsReport? Report { get; private set; }

    public FitnessChartSeries Series { get; private set; } = null!;

    public string SeriesJson { get; private set; } = "{}";

    public async Task OnGetAsync([FromQuery(Name = "asOf")] DateOnly? asOf, CancellationToken cancellationToken)
    {
        AsOf = asOf ?? Today;
        Days = Math.Clamp(Days, 14, 730);
        var services = await Athlete.ServicesAsync();
        (Report, Series, SeriesJson) = await services.GetRequiredService<AthleteReadCache>().GetOrComputeAsync($"fitness:{AsOf:yyyy-MM-dd}:{Days}",
            c => ComputeAsync(services, AsOf, Days, c), cancellationToken);
    }

    private static async Task<(MetricsReport, FitnessChartSeries, string)> ComputeAsync(IServiceProvider services, DateOnly asOf, int days, CancellationToken cancellationToken)
    {
        var profile = AthleteLoadProfile.From(await services.GetRequiredService<IAthleteStore>().GetProfileAsync(cancellationToken), LoadProfileOverrides.None);
        var report = await services.GetRequiredService<ComputeMetrics>().ComputeAsync(new MetricsRequest(profile, asOf, asOf.AddDays(1 - days), asOf), cancellationToken);
        var settings = await services.GetRequiredService<GuardrailSettingsResolver>().ResolveAsync(cancellationToken);
        var series = FitnessChartSeries.From(report, settings.Get(AcwrCautionGuardrail.MaxRatio), settings.Get(AcwrHighGuardrail.MinRatio));
        return (report, series, JsonSerializer.Serialize(series, Json));
    }
}
