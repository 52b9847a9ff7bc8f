using HybridCoach.Application.Athletes;
using HybridCoach.Application.Contracts;
using HybridCoach.Application.Manual;
using HybridCoach.Application.Metrics;
using HybridCoach.Domain.Load;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HybridCoach.Web.Api;

/// <summary>
/// `/api/metrics`: the daily load series as of a date — load, ACWR, fitness, fatigue and form, monotony and strain —
/// with the athlete profile's physiology (the `coach metrics --json` shape). Days after "today" are not known yet.
/// </summary>
public static class MetricsEndpoints
{
    public static IEndpointRouteBuilder MapMetricsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/metrics", MetricsAsync).WithName("Metrics").WithSummary("Daily load, ACWR, fitness, fatigue and form as of a date");
        return routes;
    }

    private static async Task<Results<Ok<MetricsJson>, ProblemHttpResult>> MetricsAsync(string? date, string? from, string? to, string? load,
        CurrentAthlete athlete, CancellationToken cancellationToken)
    {
        var today = await athlete.TodayAsync(cancellationToken);
        MetricsRequest request;
        try
        {
            var asOf = ApiInput.Date(date, today);
            if (asOf > today) return ApiInput.Invalid("date", $"date {asOf:yyyy-MM-dd}: after today ({today:yyyy-MM-dd}); nothing after it is known");
            request = new MetricsRequest(LoadProfile.Empty, asOf, from is null ? null : EntryText.ParseDate(from, "from"), to is null ? null : EntryText.ParseDate(to, "to"),
                load is null ? null : LoadMeasureIds.Parse(load));
        }
        catch (EntryFormatException error)
        {
            return ApiInput.Invalid(error);
        }
        catch (ArgumentException error)
        {
            return ApiInput.Invalid("load", error.Message);
        }
        if (request.RangeEnd > request.AsOf) return ApiInput.Invalid("to", $"to {request.RangeEnd:yyyy-MM-dd}: after the as-of date {request.AsOf:yyyy-MM-dd}");
        if (request.RangeStart > request.RangeEnd) return ApiInput.Invalid("from", $"from {request.RangeStart:yyyy-MM-dd}: after the last day shown, {request.RangeEnd:yyyy-MM-dd}");
        var services = await athlete.ServicesAsync();
        var profile = await services.GetRequiredService<IAthleteStore>().GetProfileAsync(cancellationToken);
        var report = await services.GetRequiredService<ComputeMetrics>().ComputeAsync(request with { Profile = AthleteLoadProfile.From(profile, LoadProfileOverrides.None) }, cancellationToken);
        return TypedResults.Ok(MetricsJson.From(report));
    }
}
