using HybridCoach.Application.Athletes;
using HybridCoach.Application.Coaching;
using HybridCoach.Application.Contracts;
using HybridCoach.Application.Manual;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Racing;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HybridCoach.Web.Api;

/// <summary>`/api/checkins`: the weekly check-in; the coach hears of what needs them at once, the plan adapts (never harder); the `coach checkin --json` shape back.</summary>
public static class CheckInsEndpoints
{
    public static IEndpointRouteBuilder MapCheckInsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/checkins", PostAsync).WithName("CheckIn").WithSummary("Send the weekly check-in").Accepts<CheckInInput>("application/json");
        return routes;
    }

    private static async Task<Results<Ok<CheckInJson>, ProblemHttpResult>> PostAsync(CheckInInput input, CurrentAthlete athlete, CancellationToken cancellationToken)
    {
        var today = await athlete.TodayAsync(cancellationToken);
        try
        {
            var outcome = await (await athlete.ServicesAsync()).GetRequiredService<SubmitCheckIn>().SubmitAsync(Read(input, today), today, cancellationToken);
            return TypedResults.Ok(CheckInJson.From(outcome));
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

    private static CheckIn Read(CheckInInput input, DateOnly today)
    {
        var week = input.WeekStart is { } text ? EntryText.ParseDate(text, "week_start") : today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var effort = input.Effort is { } e and >= 1 and <= 10 ? e : throw new InvalidFieldException("effort", $"effort {input.Effort?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing"}: expected a whole number from 1 to 10");
        var fatigue = input.Fatigue is { } f and >= 1 and <= 10 ? f : throw new InvalidFieldException("fatigue", $"fatigue {input.Fatigue?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing"}: expected a whole number from 1 to 10");
        Niggle[] niggles = [.. (input.Niggles ?? []).Select(Niggle)];
        IReadOnlyList<DateOnly> days = [.. (input.UnavailableDays ?? []).Select(d => EntryText.ParseDate(d, "unavailable_days"))];
        return new CheckIn(week, effort, fatigue, niggles, input.Notes, new AdjustmentRequest(input.Request, days, input.TravelWeek, Race(input.AddRace), input.FeelingStrong));
    }

    private static Niggle Niggle(NiggleInput niggle) =>
        new(string.IsNullOrWhiteSpace(niggle.Site) ? throw new InvalidFieldException("niggles", "niggles: each needs its site, e.g. \"calf\"") : niggle.Site.Trim().ToLowerInvariant(),
            AthleteText.ParseSide(niggle.Side ?? "", "niggles.side"),
            niggle.Severity is { } s and >= 0 and <= 10 ? s : throw new InvalidFieldException("niggles", $"niggles.severity {niggle.Severity?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing"}: expected 0 to 10"));

    private static RaceEntry? Race(RaceInput? race) => race is null ? null : new RaceEntry(
        EntryText.ParseDate(race.Date ?? "", "add_race.date"),
        string.IsNullOrWhiteSpace(race.Name) ? throw new InvalidFieldException("add_race.name", "add_race.name: missing") : race.Name.Trim(),
        DistanceText.Parse(race.Distance ?? "", "add_race.distance"),
        (race.Priority ?? "B").Trim().ToUpperInvariant() switch
        {
            "A" => RacePriority.A,
            "B" => RacePriority.B,
            "C" => RacePriority.C,
            _ => throw new InvalidFieldException("add_race.priority", $"add_race.priority '{race.Priority}': expected A, B or C"),
        });
}
