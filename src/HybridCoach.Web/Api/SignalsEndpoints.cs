using HybridCoach.Application.Athletes;
using HybridCoach.Application.Contracts;
using HybridCoach.Application.Manual;
using HybridCoach.Domain.Athletes;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HybridCoach.Web.Api;

/// <summary>
/// `/api/signals`: record a day's recovery signals (pain holds the athlete back at once; the `coach signals add --json`
/// shape back), and list those of a date range (`coach signals list --json`; days after "today" are not known yet).
/// </summary>
public static class SignalsEndpoints
{
    public const int MaxSignalDays = 366;

    public static IEndpointRouteBuilder MapSignalsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/signals", PostAsync).WithName("RecordSignals").WithSummary("Record one day's recovery signals").Accepts<SignalsInput>("application/json");
        routes.MapGet("/api/signals", ListAsync).WithName("ListSignals").WithSummary("Recovery signals of a date range (default: the last 14 days)");
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

    private static async Task<Results<Ok<SignalsListJson>, ProblemHttpResult>> ListAsync(string? from, string? to, CurrentAthlete athlete, CancellationToken cancellationToken)
    {
        var today = await athlete.TodayAsync(cancellationToken);
        DateOnly first, last;
        try
        {
            last = ApiInput.Date(to, today);
            first = from is null ? last.AddDays(-13) : EntryText.ParseDate(from, "from");
        }
        catch (EntryFormatException error)
        {
            return ApiInput.Invalid(error);
        }
        if (first > last) return ApiInput.Invalid("from", $"from {first:yyyy-MM-dd}: after to {last:yyyy-MM-dd}");
        if (last.DayNumber - first.DayNumber >= MaxSignalDays) return ApiInput.Invalid("from", $"from {first:yyyy-MM-dd}: more than {MaxSignalDays} days before to");
        var known = last < today ? last : today;
        IReadOnlyList<Domain.Athletes.RecoverySignals> days = first > known ? []
            : await (await athlete.ServicesAsync()).GetRequiredService<IAthleteStore>().ListSignalsAsync(first, known, cancellationToken);
        RecoverySignalsJson[] json = [.. days.Select(RecoverySignalsJson.From)];
        return TypedResults.Ok(new SignalsListJson(RecoverySignalsJson.DateText(first), RecoverySignalsJson.DateText(last), json.Length, json));
    }
}
