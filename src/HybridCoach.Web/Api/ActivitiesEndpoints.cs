using HybridCoach.Application.Activities;
using HybridCoach.Application.Athletes;
using HybridCoach.Application.Contracts;
using HybridCoach.Application.Manual;
using HybridCoach.Domain.Activities;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HybridCoach.Web.Api;

/// <summary>`/api/activities`: the signed-in athlete's activities, newest first, and one in full (the `coach activities|activity show --json` shapes).</summary>
public static class ActivitiesEndpoints
{
    public const int MaxLimit = 1000;

    public static IEndpointRouteBuilder MapActivitiesEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/activities");
        group.MapGet("/", ListAsync).WithName("ListActivities").WithSummary("Activities, newest first, optionally of one sport");
        group.MapGet("/{id:long}", GetAsync).WithName("GetActivity").WithSummary("One activity: summary, laps, splits, best efforts");
        return routes;
    }

    private static async Task<Results<Ok<ActivityListJson>, ProblemHttpResult>> ListAsync(string? sport, int? limit, CurrentAthlete athlete,
        CancellationToken cancellationToken)
    {
        Sport? parsed;
        try
        {
            parsed = sport is null ? null : EntryText.ParseSport(sport, "sport");
        }
        catch (EntryFormatException error)
        {
            return ApiInput.Invalid(error);
        }
        if (limit is < 1 or > MaxLimit) return ApiInput.Invalid("limit", $"{limit} is outside 1–{MaxLimit}");
        var services = await athlete.ServicesAsync();
        var items = await services.GetRequiredService<IActivityStore>().ListAsOfAsync(new ActivityQuery(null, null, parsed, limit ?? 100), await athlete.TodayAsync(cancellationToken), cancellationToken);
        return TypedResults.Ok(new ActivityListJson(items.Count, [.. items.Select(i => ActivityJson.From(i.Id, i.Summary, i.Source))]));
    }

    private static async Task<Results<Ok<ActivityDetailJson>, ProblemHttpResult>> GetAsync(long id, CurrentAthlete athlete, CancellationToken cancellationToken)
    {
        var services = await athlete.ServicesAsync();
        var activity = await services.GetRequiredService<IActivityStore>().GetAsync(id, cancellationToken);
        return activity is null ? ApiInput.NotFound($"activity {id}") : TypedResults.Ok(ActivityDetailJson.From(activity));
    }
}
