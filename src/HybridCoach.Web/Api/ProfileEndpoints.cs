using HybridCoach.Application.Athletes;
using HybridCoach.Application.Contracts;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HybridCoach.Web.Api;

/// <summary>`/api/profile` and `/api/zones`: the athlete's profile (`coach athlete show --json`) and training zones with their anchors' sources (`coach zones --json`).</summary>
public static class ProfileEndpoints
{
    public static IEndpointRouteBuilder MapProfileEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/profile", ProfileAsync).WithName("GetProfile").WithSummary("The profile, with the threshold pace estimated from the history");
        routes.MapGet("/api/zones", ZonesAsync).WithName("GetZones").WithSummary("Pace zones (Skiba) and heart-rate zones (Friel), each anchor with its source");
        return routes;
    }

    private static async Task<Results<Ok<AthleteProfileJson>, ProblemHttpResult>> ProfileAsync(CurrentAthlete athlete, CancellationToken cancellationToken)
    {
        var services = await athlete.ServicesAsync();
        if (await services.GetRequiredService<IAthleteStore>().GetProfileAsync(cancellationToken) is not { } profile) return ApiInput.NotFound("profile");
        var estimate = await services.GetRequiredService<EstimateThresholdPace>().EstimateAsync(await athlete.TodayAsync(cancellationToken), cancellationToken);
        return TypedResults.Ok(AthleteProfileJson.From((await athlete.UserAsync()).Athlete, profile) with
        {
            ThresholdPaceEstimate = estimate is null ? null : ThresholdEstimateJson.From(estimate),
        });
    }

    private static async Task<Ok<ZonesJson>> ZonesAsync(CurrentAthlete athlete, CancellationToken cancellationToken)
    {
        var today = await athlete.TodayAsync(cancellationToken);
        var zones = await (await athlete.ServicesAsync()).GetRequiredService<ResolveZones>().ResolveAsync(today, cancellationToken: cancellationToken);
        var units = zones.Profile?.Units ?? Domain.Units.DistanceUnit.Kilometers;
        return TypedResults.Ok(ZonesJson.From(today, zones.Anchors, zones.Pace, zones.HeartRate) with { ThresholdWarning = ThresholdWarningJson.From(zones.Warning, units) });
    }
}
