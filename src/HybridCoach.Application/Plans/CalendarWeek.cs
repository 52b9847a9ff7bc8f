using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans;

/// <summary>One microcycle of the plan calendar: its phase and focus, its days, and the distance planned and done (m) in it.</summary>
public sealed record CalendarWeek(Microcycle Cycle, IReadOnlyList<CalendarDay> Days)
{
    public double PlannedDistanceM => Cycle.PlannedDistanceM;

    public double DoneDistanceM => Days.Sum(d => d.DoneDistanceM);
}
