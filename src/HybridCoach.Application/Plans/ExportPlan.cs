using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Planning;
using HybridCoach.Formats.Calendar;
using HybridCoach.Formats.Fit.Writing;

namespace HybridCoach.Application.Plans;

/// <summary>
/// The `coach plan export` use case: writes the newest version's active plan (or the asked variant) as an
/// iCalendar file (<see cref="IcsWriter"/>, one event per session that is not rest) and/or one FIT workout file
/// per such session into a folder (<see cref="FitWorkoutEncoder"/>). From the as-of day on, each session is the one in
/// force (<see cref="Restrictions.SessionsInForce"/>): an open red flag, a pain report, a coach's hold, an unavailable day
/// or today's call put on the watch and the calendar exactly what `coach session` shows. DTSTAMP is the version's
/// creation time, so exporting the same version in the same state again writes the same bytes.
/// </summary>
public sealed class ExportPlan(IPlanStore store, Restrictions.SessionsInForce sessionsInForce)
{
    public async Task<PlanExport> ExportAsync(string? icsPath, string? fitDirectory, DateOnly asOf, PlanVariant? variant = null,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(icsPath) && string.IsNullOrWhiteSpace(fitDirectory))
            throw new ArgumentException("plan export: give --ics FILE and/or --fit DIR");
        var set = await ReadLatestPlan.RequireAsync(store, cancellationToken);
        var (plan, changed) = await sessionsInForce.PlanAsync(set, set.Get(variant ?? set.ActiveVariant).Plan, asOf, cancellationToken);
        var units = set.Request.Units;
        var events = 0;
        if (!string.IsNullOrWhiteSpace(icsPath))
        {
            var text = IcsWriter.ToText(plan, $"HybridCoach {set.Request.GoalRace.Name}", units, set.CreatedAtUtc);
            await File.WriteAllTextAsync(icsPath, text, cancellationToken);
            events = plan.Sessions.Count(s => s.Type != SessionType.Rest);
        }
        var written = new List<string>();
        if (!string.IsNullOrWhiteSpace(fitDirectory))
        {
            Directory.CreateDirectory(fitDirectory);
            foreach (var file in FitWorkoutEncoder.EncodePlan(plan, units))
            {
                var path = Path.Combine(fitDirectory, file.FileName);
                await File.WriteAllBytesAsync(path, file.Content, cancellationToken);
                written.Add(path);
            }
        }
        return new PlanExport(set.Version, plan.Variant, string.IsNullOrWhiteSpace(icsPath) ? null : icsPath, events,
            string.IsNullOrWhiteSpace(fitDirectory) ? null : fitDirectory, written)
        {
            ChangedByCall = [.. changed.Select(d => new ExportedChange(d.Planned.Date, d.Call.ToId(), PrescriptionFormat.Title(d.Planned, units), PrescriptionFormat.Title(d.InForce, units)))],
        };
    }
}
