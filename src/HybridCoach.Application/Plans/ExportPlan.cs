using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Planning;
using HybridCoach.Formats.Calendar;
using HybridCoach.Formats.Fit.Writing;

namespace HybridCoach.Application.Plans;

/// <summary>
/// The `coach plan export` use case and the web app's calendar feed and workout downloads: the newest version's active
/// plan (or the asked variant) as iCalendar (<see cref="IcsWriter"/>, one event per session that is not rest), written
/// to a stream, and as FIT workout files (<see cref="FitWorkoutEncoder"/>), one per such session. From the
/// as-of day on, each session is the one in force (<see cref="Restrictions.SessionsInForce"/>): an open red flag, a pain
/// report, a coach's hold, an unavailable day or today's call put on the watch and the calendar exactly what
/// `coach session` shows. DTSTAMP is the version's creation time, so exporting the same version in the same state again
/// writes the same bytes.
/// </summary>
public sealed class ExportPlan(IPlanStore store, Restrictions.SessionsInForce sessionsInForce)
{
    /// <summary>
    /// Writes the plan in force as iCalendar to <paramref name="calendar"/> (when given) and encodes its FIT workouts
    /// (when asked): the front end decides where they go — the CLI to a file and a folder, the web to a response.
    /// </summary>
    public async Task<PlanExport> ExportAsync(Stream? calendar, bool workouts, DateOnly asOf, PlanVariant? variant = null,
        CancellationToken cancellationToken = default)
    {
        if (calendar is null && !workouts)
            throw new Errors.InvalidInputException("ics and fit", ": name a calendar file, a workout folder or both");
        var inForce = await InForceAsync(asOf, variant, cancellationToken);
        int? events = calendar is null ? null : await WriteCalendarAsync(inForce, calendar, cancellationToken);
        IReadOnlyList<FitWorkoutFile> encoded = workouts ? FitWorkoutEncoder.EncodePlan(inForce.Plan, inForce.Set.Request.Units) : [];
        return new PlanExport(inForce.Set.Version, inForce.Plan.Variant, events, encoded) { ChangedByCall = ChangedByCall(inForce) };
    }

    /// <summary>Writes the plan in force as iCalendar to <paramref name="output"/>; returns the number of events.</summary>
    public async Task<int> WriteCalendarAsync(Stream output, DateOnly asOf, PlanVariant? variant = null, CancellationToken cancellationToken = default) =>
        await WriteCalendarAsync(await InForceAsync(asOf, variant, cancellationToken), output, cancellationToken);

    /// <summary>The FIT workout of the session in force on <paramref name="date"/>; throws naming the day when it is a rest day or outside the plan.</summary>
    public async Task<FitWorkoutFile> WorkoutAsync(DateOnly date, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var inForce = await InForceAsync(asOf, null, cancellationToken);
        var plan = inForce.Plan;
        var session = plan.Sessions.FirstOrDefault(s => s.Date == date)
            ?? throw new ArgumentException($"date {date:yyyy-MM-dd}: the plan has no session that day (it runs {plan.Start:yyyy-MM-dd} to {plan.End:yyyy-MM-dd})");
        return session.Type != SessionType.Rest ? FitWorkoutEncoder.EncodeSession(session, inForce.Set.Request.Units)
            : throw new ArgumentException($"date {date:yyyy-MM-dd}: a rest day has no workout");
    }

    private async Task<PlanInForce> InForceAsync(DateOnly asOf, PlanVariant? variant, CancellationToken cancellationToken)
    {
        var set = await ReadLatestPlan.RequireAsync(store, cancellationToken);
        var (plan, changed) = await sessionsInForce.PlanAsync(set, set.Get(variant ?? set.ActiveVariant).Plan, asOf, cancellationToken);
        return new PlanInForce(set, plan, changed);
    }

    private static async Task<int> WriteCalendarAsync(PlanInForce inForce, Stream output, CancellationToken cancellationToken)
    {
        var writer = new StreamWriter(output, new System.Text.UTF8Encoding(false), leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            IcsWriter.Write(inForce.Plan, $"HybridCoach {inForce.Set.Request.GoalRace.Name}", inForce.Set.Request.Units, inForce.Set.CreatedAtUtc, writer);
            await writer.FlushAsync(cancellationToken);
        }
        return inForce.Plan.Sessions.Count(s => s.Type != SessionType.Rest);
    }

    private static ExportedChange[] ChangedByCall(PlanInForce inForce)
    {
        var units = inForce.Set.Request.Units;
        return [.. inForce.Changed.Select(d => new ExportedChange(d.Planned.Date, d.Call.ToId(), PrescriptionFormat.Title(d.Planned, units), PrescriptionFormat.Title(d.InForce, units)))];
    }

    private sealed record PlanInForce(PlanSet Set, SeasonPlan Plan, IReadOnlyList<Restrictions.DayInForce> Changed);
}
