using HybridCoach.Application.Athletes;
using HybridCoach.Application.Contracts;
using HybridCoach.Application.Manual;
using HybridCoach.Domain.Athletes;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HybridCoach.Web.Api;

/// <summary>`/api/signals`: record a day's recovery signals (pain holds the athlete back at once); the `coach signals add --json` shape back.</summary>
public static class SignalsEndpoints
{
    public static IEndpointRouteBuilder MapSignalsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/signals", PostAsync).WithName("RecordSignals").WithSummary("Record one day's recovery signals").Accepts<SignalsInput>("application/json");
        return routes;
    }

    private static async Task<Results<Ok<RecoverySignalsJson>, ProblemHttpResult>> PostAsync(SignalsInput input, CurrentAthlete athlete,
        CancellationToken cancellationToken)
    {
        RecoverySignals signals;
        try
        {
            signals = new RecoverySignals(ApiInput.Date(input.Date, await athlete.TodayAsync(cancellationToken)), input.RestingHrBpm, input.HrvRmssdMs, input.SleepHours, input.SleepQuality, input.Soreness,
                input.SorenessBySite ?? new Dictionary<string, int>(), input.Pain || input.PainSite is not null, input.PainSite,
                input.Illness is { } illness ? AthleteText.ParseIllness(illness, "illness") : Illness.None,
                input.LifeStress, input.Motivation, input.Note);
        }
        catch (EntryFormatException error)
        {
            return ApiInput.Invalid(error);
        }
        catch (InvalidFieldException error)
        {
            return ApiInput.Invalid(error.Field, error.Message);
        }
        var services = await athlete.ServicesAsync();
        var alerts = await services.GetRequiredService<RecordSignals>().RecordAsync(signals, cancellationToken);
        return TypedResults.Ok(RecoverySignalsJson.From(signals) with { Alerts = [.. alerts.Select(a => EscalationJson.From(a.Alert, a.Narrative))] });
    }
}
