using HybridCoach.Application.Athletes;
using HybridCoach.Application.Coaching;
using HybridCoach.Application.Decisions;
using HybridCoach.Application.Metrics;
using HybridCoach.Application.Narration;
using HybridCoach.Application.Plans;
using HybridCoach.Application.Races;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Summaries;

/// <summary>
/// Gathers a <see cref="WeeklyReview"/> from the athlete's data: activities of the week and the week before, the
/// plan matcher's verdicts, the check-in and mornings' signals, the load trend, plan versions and alerts of the
/// week (the athlete's requests apart), what is in force as of the as-of day (open flags, the coach's holds:
/// <see cref="StateLines"/>), and the 7 days after it from the active plan. Nothing dated after the as-of day is read into the figures;
/// the pure figures live in the <c>*Figures</c> classes.
/// </summary>
public sealed class WeeklyReviewBuilder(ActivityFactWindow activities, IAthleteStore athletes, IRaceCalendar races, ComputeMetrics metrics,
    IPlanStore plans, IPlanAdaptation adaptation, ICheckInStore checkIns, IEscalationStore escalations, IPlanChangeLog changeLog,
    GuardrailSettingsResolver settings, Restrictions.ReadAthleteState state)
{
    public async Task<WeeklyReview> BuildAsync(DateOnly weekStart, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        SummaryWeek.Check(weekStart, asOf);
        var lastDay = SummaryWeek.LastDay(weekStart, asOf);
        var weekEnd = weekStart.AddDays(WeeklyReview.Days - 1);
        var previousStart = weekStart.AddDays(-WeeklyReview.Days);
        var profile = AthleteLoadProfile.From(await athletes.GetProfileAsync(cancellationToken), LoadProfileOverrides.None);
        var report = await metrics.ComputeAsync(new MetricsRequest(profile, lastDay, weekStart.AddDays(-1), lastDay), cancellationToken);
        var raceDays = (await races.ListAsync(previousStart, lastDay, cancellationToken)).Select(r => r.Race.Date).ToHashSet();
        var facts = await activities.ListWithIntensityAsync(previousStart, lastDay, report, profile, raceDays, cancellationToken);
        var plan = await ReadLatestPlan.FindAsync(plans, cancellationToken);
        var units = plan?.Request.Units ?? DistanceUnit.Kilometers;
        var compliance = plan is null ? null
            : WeekComplianceFigures.From((await adaptation.MatchAsync(plan.Active.Plan, plan.Request, lastDay, cancellationToken)).Sessions, weekStart, units);
        var checkIn = CheckInLines.ForWeek(await checkIns.ListAsync(weekEnd, cancellationToken), weekStart) is { } c ? CheckInLines.From(c) : null;
        var mornings = await athletes.ListSignalsAsync(weekStart, lastDay, cancellationToken);
        var wellbeing = WeekWellbeingFigures.From(checkIn, mornings, await settings.ResolveAsync(cancellationToken));
        var load = report.ActivityCount == 0 ? null : LoadTrendFigures.From(report.Days, weekStart, lastDay);
        var changes = plan is null ? [] : WeekLines.PlanChanges(await new PlanHistory(plans, changeLog).ListAsync(cancellationToken), weekStart, weekEnd);
        var stored = await escalations.ListAsync(cancellationToken: cancellationToken);
        return new WeeklyReview(weekStart, WeekTrainingFigures.ForWeek(facts, weekStart), WeekTrainingFigures.ForWeek(facts, previousStart),
            compliance, wellbeing, load, changes, WeekLines.Alerts(stored, weekStart, weekEnd), await AheadAsync(plan, weekEnd.AddDays(1), cancellationToken))
        {
            Requests = WeekLines.Requests(stored, weekStart, weekEnd),
            InForce = StateLines.For(await state.ReadAsync(asOf, cancellationToken)),
        };
    }

    private async Task<WeekAhead?> AheadAsync(PlanSet? plan, DateOnly start, CancellationToken cancellationToken)
    {
        if (plan is null) return null;
        var calendar = await races.ListAsync(start, null, cancellationToken);
        var next = WeekAheadFigures.NextRace(calendar.Select(r => r.Race), plan.Request.GoalRace, start);
        return WeekAheadFigures.From(plan.Active.Plan, plan.Request.Units, start, next);
    }
}
