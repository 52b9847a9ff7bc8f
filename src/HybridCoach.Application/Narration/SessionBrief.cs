namespace HybridCoach.Application.Narration;

/// <summary>
/// A planned session's coaching note (`coach session`): why the session matters and what to focus on. The phase and
/// focus of its microcycle and the goal race (name, distance, days to go) say where it sits in the season.
/// </summary>
public sealed record SessionBrief(SessionLine Session, string Phase, string Focus, bool RecoveryMicrocycle, string? GoalRace, double? GoalRaceDistanceM,
    int? DaysToGoalRace) : NarrationSubject
{
    public override NarrationPurpose Purpose => NarrationPurpose.SessionNote;
    public override DateOnly Date => Session.Date;
    public override string Reference => $"session:{Session.Date:yyyy-MM-dd}";

    /// <summary>The goal race's name is the athlete's words: quoted data, not a fact.</summary>
    public override IReadOnlyList<string> AthleteText => GoalRace is { Length: > 0 } race ? [race] : [];
}
