using HybridCoach.Application.Contracts;
using HybridCoach.Application.Races;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HybridCoach.Web.Api;

/// <summary>`/api/races`: the athlete's race calendar (`coach race list --json`).</summary>
public static class RacesEndpoints
{
    public static IEndpointRouteBuilder MapRacesEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/races", ListAsync).WithName("ListRaces").WithSummary("The race calendar, by date");
        return routes;
    }

    private static async Task<Ok<RaceListJson>> ListAsync(CurrentAthlete athlete, CancellationToken cancellationToken)
    {
        var races = (await (await athlete.ServicesAsync()).GetRequiredService<IRaceCalendar>().ListAsync(null, null, cancellationToken)).Select(RaceJson.From).ToArray();
        return TypedResults.Ok(new RaceListJson(races.Length, races));
    }
}
