using HybridCoach.Application.Athletes;
using HybridCoach.Application.Coaching;
using HybridCoach.Domain.Athletes;

namespace HybridCoach.Application.Activities;

/// <summary>
/// `coach activity note ID TEXT`: stores what the athlete wrote about an activity (quoted data everywhere; at most
/// <see cref="MaxLength"/> characters) and at once raises any pain or medical red flag it mentions for the coach
/// (<see cref="EscalationRaiser.RaiseImmediateAsync"/>, as of the as-of day; an activity after it is refused).
/// </summary>
public sealed class AnnotateActivity(IActivityStore activities, IAthleteStore athletes, EscalationRaiser raiser)
{
    public const int MaxLength = 2000;

    public async Task<IReadOnlyList<RaisedEscalation>> AnnotateAsync(long activityId, string notes, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var text = AthleteGuard.Text(notes, MaxLength, "notes");
        var activity = await activities.GetAsync(activityId, cancellationToken) ?? throw new Errors.NotFoundException($"activity {activityId}: no such activity");
        var day = ActivitiesAsOf.LocalDate(activity.Summary);
        if (day > asOf) throw new ArgumentException($"activity {activityId}: starts {day:yyyy-MM-dd}, after the as-of date {asOf:yyyy-MM-dd}");
        await athletes.SetActivityNotesAsync(activityId, text, cancellationToken);
        return await raiser.RaiseImmediateAsync(asOf, cancellationToken);
    }
}
