using HybridCoach.Application.Activities;
using HybridCoach.Application.Athletes;
using HybridCoach.Application.Metrics;
using HybridCoach.Application.Races;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Plans;

/// <summary>
/// Turns the athlete's profile, history and race calendar into a <see cref="PlanRequest"/>, reading nothing dated
/// after the day before the plan starts (<see cref="PlanOptions.HistoryEnd"/>): current volume
/// (<see cref="RecentVolume"/>), threshold pace (the profile's, else estimated from best efforts — the same
/// resolution as `coach metrics`), VDOT (<see cref="RecentVdot"/>), LTHR, the history's daily running-stress loads
/// (the measure the planner projects in, <see cref="PlannedLoad"/>), the goal race and the other races before it.
/// Refuses with a message naming what is missing and how to add it.
/// </summary>
public sealed class BuildPlanRequest(IActivityStore activities, IAthleteStore athletes, IRaceCalendar races, ComputeMetrics metrics)
{
    public async Task<PlanRequest> BuildAsync(PlanOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var start = options.StartDay;
        var historyEnd = options.HistoryEnd;
        var cycleDays = options.CycleDays ?? PlanOptions.DefaultCycleDays;
        if (cycleDays is < PlanRequest.MinCycleDays or > PlanRequest.MaxCycleDays)
            throw new Errors.InvalidInputException("cycle_days", $" {cycleDays}: expected {PlanRequest.MinCycleDays} to {PlanRequest.MaxCycleDays} days");
        var (goal, others) = await RacesAsync(options, start, cancellationToken);
        var athlete = await athletes.GetProfileAsync(cancellationToken);
        var fitness = await FitnessAsync(athlete, historyEnd, cancellationToken);
        var available = athlete?.AvailableDays is { Count: > 0 } days ? days : Enum.GetValues<DayOfWeek>();
        return new PlanRequest(fitness, goal, options.TargetTime, others, start, cycleDays, available, athlete?.LongRunDay,
            athlete?.ClearDays ?? [], options.Strength, options.Equipment ?? [],
            options.RunnerType ?? DefaultRunnerType.For(athlete, goal, others, start), athlete?.Units ?? DistanceUnit.Kilometers,
            options.RaceSpecificPercentages);
    }

    private async Task<AthleteFitness> FitnessAsync(AthleteProfile? athlete, DateOnly historyEnd, CancellationToken cancellationToken)
    {
        var profile = AthleteLoadProfile.From(athlete, LoadProfileOverrides.None);
        var report = await metrics.ComputeAsync(
            new MetricsRequest(profile, historyEnd, historyEnd, historyEnd, LoadMeasure.RunningStress), cancellationToken);
        var threshold = report.ThresholdPace ?? throw new ArgumentException(
            "no threshold pace: set it in the athlete's profile, or import runs with best efforts");
        var window = await activities.ListAsOfAsync(Since(historyEnd, Math.Max(RecentVdot.WindowDays, 7 * RecentVolume.MaxWeeks)),
            historyEnd, cancellationToken);
        var volume = RecentVolume.From(window.Select(i => i.Summary), historyEnd);
        var vdot = RecentVdot.Best(await EffortsAsync(window, historyEnd, cancellationToken), historyEnd);
        var loads = report.ActivityLoads.Where(l => l.Day <= historyEnd).Select(l => l.ToDated()).ToList();
        return new AthleteFitness(volume.WeeklyDistanceM, volume.LongestRunM, threshold, vdot, profile.LactateThresholdHeartRate, loads,
            athlete?.TrainingAgeYears);
    }

    private async Task<List<(DateOnly Day, BestEffort Effort)>> EffortsAsync(IReadOnlyList<ActivityListItem> window, DateOnly historyEnd,
        CancellationToken cancellationToken)
    {
        var first = historyEnd.AddDays(1 - RecentVdot.WindowDays);
        var efforts = new List<(DateOnly, BestEffort)>();
        foreach (var item in window)
        {
            var day = ActivitiesAsOf.LocalDate(item.Summary);
            if (!item.Summary.Sport.IsRun() || day < first || item.Summary.Distance.Meters < RecentVdot.MinEffortM) continue;
            if (await activities.GetAsync(item.Id, cancellationToken) is { } activity)
                efforts.AddRange(activity.BestEfforts.Select(e => (day, e)));
        }
        return efforts;
    }

    /// <summary>The goal race (by id, else the next A race after the start) and the other races before it (A ones count as B).</summary>
    private async Task<(RaceEntry Goal, IReadOnlyList<RaceEntry> Others)> RacesAsync(PlanOptions options, DateOnly start, CancellationToken cancellationToken)
    {
        var after = (await races.ListAsync(start.AddDays(1), null, cancellationToken)).Where(r => r.Race.Date > start).ToList();
        StoredRace goal;
        if (options.RaceId is { } id)
        {
            goal = after.FirstOrDefault(r => r.Id == id) ?? throw new Errors.InvalidInputException("race",
                $" {id}: no race with that id after {start:yyyy-MM-dd}");
        }
        else
        {
            goal = after.FirstOrDefault(r => r.Race.Priority == RacePriority.A) ?? throw new ArgumentException(
                $"no A race after {start:yyyy-MM-dd}: add the goal race with priority A first");
        }
        var others = after.Where(r => r.Id != goal.Id && r.Race.Date < goal.Race.Date)
            .Select(r => r.Race.Priority == RacePriority.A ? r.Race with { Priority = RacePriority.B } : r.Race).ToList();
        return (goal.Race with { Priority = RacePriority.A }, others);
    }

    // A generous UTC bound (offsets run from -12:00 to +14:00); the local date decides afterwards.
    private static ActivityQuery Since(DateOnly historyEnd, int days) =>
        new(new DateTimeOffset(historyEnd.AddDays(-days - 1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
}
