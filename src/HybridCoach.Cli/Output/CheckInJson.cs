namespace HybridCoach.Cli.Output;

/// <summary>`coach checkin --json`: the stored check-in's id and week, the alerts raised for the coach, and the adaptation (null when nothing changed or no plan).</summary>
public sealed record CheckInJson(long CheckInId, string WeekStart, int EscalationCount, IReadOnlyList<EscalationJson> Escalations, ChangeOutcomeJson? Adaptation);
