using HybridCoach.Application.Contracts;
using HybridCoach.Application.Decisions;
using HybridCoach.Application.Manual;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HybridCoach.Web.Api;

/// <summary>`/api/today`: the signed-in athlete's call for a day (default today), the same JSON as `coach today --json`.</summary>
public static class TodayEndpoints
{
    public static IEndpointRouteBuilder MapTodayEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/today", GetAsync).WithName("GetToday").WithSummary("Today's call, every guardrail, the session and the narration (recorded in the audit)");
        return routes;
    }

    private static async Task<Results<Ok<TodayJson>, ProblemHttpResult>> GetAsync(string? date, CurrentAthlete athlete, CancellationToken cancellationToken)
    {
        DateOnly day;
        try
        {
            day = ApiInput.Date(date, await athlete.TodayAsync(cancellationToken));
        }
        catch (EntryFormatException error)
        {
            return ApiInput.Invalid(error);
        }
        var services = await athlete.ServicesAsync();
        var result = await services.GetRequiredService<DecideToday>().DecideOrReuseAsync(day, cancellationToken);
        return TypedResults.Ok(TodayJson.From(result));
    }
}
