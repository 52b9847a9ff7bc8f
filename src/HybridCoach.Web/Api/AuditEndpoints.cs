using HybridCoach.Application.Contracts;
using HybridCoach.Application.Decisions;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HybridCoach.Web.Api;

/// <summary>`/api/audit`: the recorded calls (`coach audit list --json`), one in full (`coach audit show --json`), the chain check (`coach audit verify --json`) and a replay (`coach replay --json`).</summary>
public static class AuditEndpoints
{
    public const int MaxLimit = 1000;

    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/audit");
        group.MapGet("/", ListAsync).WithName("ListDecisions").WithSummary("Recorded daily calls, newest first");
        group.MapGet("/verify", VerifyAsync).WithName("VerifyAudit").WithSummary("Check the decision and narration hash chains");
        group.MapGet("/{id:long}", ShowAsync).WithName("GetDecision").WithSummary("One recorded call: inputs, every guardrail, the narrative");
        group.MapPost("/{id:long}/replay", ReplayAsync).WithName("ReplayDecision").WithSummary("Decide a recorded day again from its recorded inputs");
        return routes;
    }

    private static async Task<Results<Ok<AuditListJson>, ProblemHttpResult>> ListAsync(int? limit, CurrentAthlete athlete, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxLimit) return ApiInput.Invalid("limit", $"{limit} is outside 1–{MaxLimit}");
        var records = await (await athlete.ServicesAsync()).GetRequiredService<IDecisionAuditStore>().ListAsync(null, null, limit ?? 100, cancellationToken);
        var json = records.Select(AuditSummaryJson.From).ToArray();
        return TypedResults.Ok(new AuditListJson(json.Length, json));
    }

    private static async Task<Ok<AuditVerifyJson>> VerifyAsync(CurrentAthlete athlete, CancellationToken cancellationToken) =>
        TypedResults.Ok(AuditVerifyJson.From(await (await athlete.ServicesAsync()).GetRequiredService<VerifyAudit>().VerifyAsync(cancellationToken)));

    private static async Task<Results<Ok<AuditRecordJson>, ProblemHttpResult>> ShowAsync(long id, CurrentAthlete athlete, CancellationToken cancellationToken) =>
        await (await athlete.ServicesAsync()).GetRequiredService<ShowDecision>().GetAsync(id, cancellationToken) is { } record
            ? TypedResults.Ok(AuditRecordJson.From(record))
            : ApiInput.NotFound($"decision {id}");

    private static async Task<Results<Ok<ReplayJson>, ProblemHttpResult>> ReplayAsync(long id, bool? recordedSettings, CurrentAthlete athlete,
        CancellationToken cancellationToken)
    {
        var services = await athlete.ServicesAsync();
        if (await services.GetRequiredService<ShowDecision>().GetAsync(id, cancellationToken) is null) return ApiInput.NotFound($"decision {id}");
        var report = await services.GetRequiredService<ReplayDecision>().ReplayAsync(id, recordedSettings ?? false, cancellationToken);
        return TypedResults.Ok(ReplayJson.From(report));
    }
}
