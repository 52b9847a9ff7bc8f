using HybridCoach.Application.Coaching;
using HybridCoach.Application.Contracts;
using HybridCoach.Application.Manual;
using HybridCoach.Application.Plans;
using HybridCoach.Application.Summaries;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HybridCoach.Web.Api;

/// <summary>
/// `/api/plan`: the newest plan (`coach plan show --json`), one day's session in force (`coach session --json`), an
/// adjustment request for it and its accept or reject (`coach adjust --json`). No plan, or a day outside it, is 404.
/// </summary>
public static class PlanEndpoints
{
    public static IEndpointRouteBuilder MapPlanEndpoints(this IEndpointRouteBuilder routes)
    {
        var plan = routes.MapGroup("/api/plan");
        plan.MapGet("/", ShowAsync).WithName("GetPlan").WithSummary("The newest plan version's active variant, every microcycle and day");
        plan.MapGet("/sessions/{date}", SessionAsync).WithName("GetSession").WithSummary("The session in force on a day, with steps, paces and its coaching note");
        plan.MapPost("/sessions/{date}/adjustments", ProposeAsync).WithName("RequestAdjustment").WithSummary("Ask for an easier session on a day (never harder)");
        var adjustments = routes.MapGroup("/api/adjustments");
        adjustments.MapPost("/{id:long}/accept", (long id, CurrentAthlete athlete, CancellationToken c) => DecideAsync(athlete, s => s.AcceptAsync(id, c)))
            .WithName("AcceptAdjustment").WithSummary("Accept an open adjustment: through the oversight policy into a new plan version");
        adjustments.MapPost("/{id:long}/reject", (long id, CurrentAthlete athlete, CancellationToken c) => DecideAsync(athlete, s => s.RejectAsync(id, c)))
            .WithName("RejectAdjustment").WithSummary("Reject an open adjustment: the planned session stays");
        return routes;
    }

    private static async Task<Results<Ok<PlanShowJson>, ProblemHttpResult>> ShowAsync(CurrentAthlete athlete, CancellationToken cancellationToken)
    {
        var services = await athlete.ServicesAsync();
        if (await ReadLatestPlan.FindAsync(services.GetRequiredService<IPlanStore>(), cancellationToken) is null) return ApiInput.NotFound("plan");
        var (set, shown) = await services.GetRequiredService<ShowPlan>().ShowAsync(null, cancellationToken);
        return TypedResults.Ok(PlanShowJson.From(set, shown));
    }

    private static async Task<Results<Ok<SessionJson>, ProblemHttpResult>> SessionAsync(string date, CurrentAthlete athlete, CancellationToken cancellationToken)
    {
        try
        {
            var day = EntryText.ParseDate(date, "date");
            var note = await (await athlete.ServicesAsync()).GetRequiredService<DescribeSession>()
                .DescribeAsync(day, await athlete.TodayAsync(cancellationToken), cancellationToken, reuseNarration: true);
            return TypedResults.Ok(SessionJson.From(note));
        }
        catch (EntryFormatException error)
        {
            return ApiInput.Invalid(error);
        }
        catch (ArgumentException error)
        {
            return ApiInput.NotFound($"session {date}: {error.Message}");
        }
    }

    private static async Task<Results<Ok<AdjustmentJson>, ProblemHttpResult>> ProposeAsync(string date, AdjustmentInput input, CurrentAthlete athlete,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.Reason)) return ApiInput.Invalid("reason", "required: why the session should change, e.g. \"legs heavy\"");
        try
        {
            var day = EntryText.ParseDate(date, "date");
            var proposal = await (await athlete.ServicesAsync()).GetRequiredService<AdjustSession>()
                .ProposeAsync(day, input.Reason.Trim(), await athlete.TodayAsync(cancellationToken), cancellationToken);
            return TypedResults.Ok(AdjustmentJson.From(proposal));
        }
        catch (EntryFormatException error)
        {
            return ApiInput.Invalid(error);
        }
        catch (ArgumentException error)
        {
            return ApiInput.Refused(error);
        }
    }

    private static async Task<Results<Ok<AdjustmentDecisionJson>, ProblemHttpResult>> DecideAsync(CurrentAthlete athlete, Func<AdjustSession, Task<AdjustmentDecision>> decide)
    {
        try
        {
            var decision = await decide((await athlete.ServicesAsync()).GetRequiredService<AdjustSession>());
            return TypedResults.Ok(AdjustmentDecisionJson.From(decision));
        }
        catch (ArgumentException error)
        {
            return ApiInput.Refused(error);
        }
    }
}
