using HybridCoach.Application.Accounts;
using HybridCoach.Application.Athletes;
using HybridCoach.Application.Plans;
using HybridCoach.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HybridCoach.Web.Api;

/// <summary>
/// The plan as an iCalendar feed behind a secret link (<see cref="CalendarFeeds"/>), for calendar apps that cannot sign
/// in: <c>GET /feeds/{token}.ics</c>, the sessions in force from the athlete's today (the same bytes as
/// `coach plan export --ics`). An unknown or revoked token and an athlete without a plan are both 404, so a link
/// tells nothing about whether an account exists.
/// </summary>
public static class CalendarFeedEndpoints
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static IEndpointRouteBuilder MapCalendarFeedEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/feeds/{token}.ics", FeedAsync).AllowAnonymous().ExcludeFromDescription();
        return routes;
    }

    /// <summary>The feed link's path for a token.</summary>
    public static string PathFor(string token) => $"/feeds/{token}.ics";

    private static async Task<Results<FileContentHttpResult, NotFound>> FeedAsync(string token, CalendarFeeds feeds, AthleteScopes scopes,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await feeds.FindAthleteAsync(token, cancellationToken) is not { } athlete) return TypedResults.NotFound();
        using var lease = scopes.Lease(athlete);
        var services = lease.Services;
        var today = await AthleteTimeZone.TodayAsync(services.GetRequiredService<IAthleteStore>(), clock, cancellationToken);
        using var body = new MemoryStream();
        try
        {
            await services.GetRequiredService<ExportPlan>().WriteCalendarAsync(body, today, null, cancellationToken);
        }
        catch (ArgumentException)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.File(body.ToArray(), ContentType, "plan.ics");
    }
}
