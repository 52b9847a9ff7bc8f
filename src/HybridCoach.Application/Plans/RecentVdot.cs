using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Performance;

namespace HybridCoach.Application.Plans;

/// <summary>
/// The athlete's VDOT for a plan: the highest Daniels VDOT (<see cref="Vdot.FromPerformance"/>, science.md §1.1)
/// of the best efforts of at least <see cref="MinEffortM"/> inside the runs of the last <see cref="WindowDays"/>
/// days. Shorter best efforts are left out: a fast kilometre inside an interval session overstates the fitness
/// for a race (Daniels' tables are built from races, and VDOT from very short efforts runs high), and twelve
/// weeks is the span a recent race still tells the truth about fitness (a training cycle; product rule).
/// </summary>
public static class RecentVdot
{
    public const int WindowDays = 84;
    public const double MinEffortM = 5000;

    public static double? Best(IEnumerable<(DateOnly Day, BestEffort Effort)> efforts, DateOnly historyEnd)
    {
        ArgumentNullException.ThrowIfNull(efforts);
        var first = historyEnd.AddDays(1 - WindowDays);
        double? best = null;
        foreach (var (day, effort) in efforts)
        {
            if (day < first || day > historyEnd || effort.Distance.Meters < MinEffortM || !(effort.Time.Seconds > 0)) continue;
            var vdot = Vdot.FromPerformance(effort.Distance, effort.Time);
            if (best is null || vdot > best) best = vdot;
        }
        return best;
    }
}
