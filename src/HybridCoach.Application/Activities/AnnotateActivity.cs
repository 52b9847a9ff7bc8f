using HybridCoach.Application.Athletes;
using HybridCoach.Application.Coaching;
using HybridCoach.Domain.Athletes;

namespace HybridCoach.Application.Activities;

/// <summary>
/// `coach activity note ID TEXT`: stores what the athlete wrote about an activity (quoted data everywhere; at most
/// <see cref="MaxLength"/> characters) and at once raises any pain or medical red flag it mentions for the coach
/// (<see cref="EscalationRaiser.StoreImmediateAsync"/>, as of the as-of day; an activity after it is refused). The note
/// and its alerts commit together (one unit of work); the alerts are narrated after.
/// </summary>
public sealed class AnnotateActivity(IActivityStore activities, IAthleteStore athletes, EscalationRaiser raiser, Stores.IUnitOfWork unitOfWork)
{
    public const int MaxLength = 2000;

    public async Task<IReadOnlyList<RaisedEscalation>> AnnotateAsync(long activityId, string notes, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var text = AthleteGuard.Text(notes, MaxLength, "notes");
        var activity = await activities.GetAsync(activityId, cancellationToken) ?? throw new Errors.NotFoundException($"activity {activityId}: no such activity");
        var day = ActivitiesAsOf.LocalDate(activity.Summary);
        if (day > asOf) throw new ArgumentException($"activity {activityId}: starts {day:yyyy-MM-dd}, after the as-of date {asOf:yyyy-MM-dd}");
        var raised = await unitOfWork.RunAsync(async c =>
        {
            await athletes.SetActivityNotesAsync(activityId, text, c);
            return await raiser.StoreImmediateAsync(asOf, c);
        }, cancellationToken);
        return await raiser.NarrateAsync(raised, cancellationToken);
    }
}
