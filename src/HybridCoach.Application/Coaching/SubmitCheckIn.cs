using HybridCoach.Application.Plans;
using HybridCoach.Application.Summaries;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// The weekly check-in as every front end sends it (`coach checkin`, the Check-in page, POST /api/checkins): recorded
/// with its alerts and adaptations (<see cref="RecordCheckIn"/>), then the week's review (<see cref="SummarizeWeek"/>),
/// answered in the plan's distance unit.
/// </summary>
public sealed class SubmitCheckIn(RecordCheckIn record, SummarizeWeek summarize, IPlanStore plans)
{
    public async Task<CheckInOutcome> SubmitAsync(CheckIn checkIn, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        var result = await record.RecordAsync(checkIn, asOf, cancellationToken);
        var summary = await summarize.SummarizeCheckInAsync(checkIn.WeekStart, result, asOf, cancellationToken);
        var units = (await ReadLatestPlan.FindAsync(plans, cancellationToken))?.Request.Units ?? DistanceUnit.Kilometers;
        return new CheckInOutcome(checkIn, result, summary, units);
    }
}
