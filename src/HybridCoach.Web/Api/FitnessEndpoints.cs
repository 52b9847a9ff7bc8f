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
/// with the athlete profile's physiology (the `coach metrics --json` shape); `/api/signals` (GET): the recovery signals
/// of a date range (the `coach signals list --json` shape). Days after "today" are not known yet.
/// </summary>
public static class FitnessEndpoints
{
    public const int MaxSignalDays = 366;

    public static IEndpointRouteBuilder MapFitnessEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/metrics", MetricsAsync).WithName("Metrics").WithSummary("Daily load, ACWR, fitness, fatigue and form as of a date");
        routes.MapGet("/api/signals", SignalsAsync).WithName("ListSignals").WithSummary("Recovery signals of a date range (default: the last 14 days)");
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

    private static async Task<Results<Ok<SignalsListJson>, ProblemHttpResult>> SignalsAsync(string? from, string? to, CurrentAthlete athlete, CancellationToken cancellationToken)
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
