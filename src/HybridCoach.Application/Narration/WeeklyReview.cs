namespace HybridCoach.Application.Narration;

/// <summary>
/// The weekly summary (`coach summary`, the end of `coach checkin`): what changed (the week's training against the
/// week before and the plan, the load trend, plan changes made or waiting for a decision), why (check-in, recovery signals, alerts raised) and
/// what next (the week ahead). The seed's Monday review: "What changed? Why did it change? What should we do next?"
/// </summary>
public sealed record WeeklyReview(DateOnly WeekStart, WeekTraining Actual, WeekTraining Previous, WeekPlanCompliance? Plan, WeekWellbeing Wellbeing,
    LoadTrend? Load, IReadOnlyList<string> PlanChanges, IReadOnlyList<string> Alerts, WeekAhead? Next) : NarrationSubject
{
    public const int Days = 7;

    /// <summary>Changes proposed but not applied yet (waiting for the athlete or the coach): "p2 waiting (coach_approval): …".</summary>
    public IReadOnlyList<string> PendingChanges { get; init; } = [];

    /// <summary>The athlete's requests to the coach in the week ("e1 athlete_request (urgency 5): …"); <see cref="Alerts"/> holds the alerts only.</summary>
    public IReadOnlyList<string> Requests { get; init; } = [];

    /// <summary>What is in force as of the review (open medical or pain flags, the coach's holds), in plain words; empty when nothing is.</summary>
    public IReadOnlyList<string> InForce { get; init; } = [];

    public DateOnly WeekEnd => WeekStart.AddDays(Days - 1);
    public override NarrationPurpose Purpose => NarrationPurpose.WeeklySummary;
    public override DateOnly Date => WeekStart;
    public override string Reference => $"week:{WeekStart:yyyy-MM-dd}";

    /// <summary>The check-in's notes and request and the next race's name: the athlete's words, quoted data, never facts.</summary>
    public override IReadOnlyList<string> AthleteText =>
        [.. new[] { Wellbeing.CheckIn?.Notes, Wellbeing.CheckIn?.Request, Next?.NextRace }.OfType<string>().Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)];
}
