namespace HybridCoach.Application.Narration;

/// <summary>
/// An alert for the coach to explain (written for the coach, not the athlete): which athlete, the alert's id
/// (<c>e4</c>), kind id, urgency (1 = most urgent), day, summary and evidence lines. Evidence may quote the athlete
/// (a medical red flag in check-in notes): such quotes are <see cref="AthleteQuotes"/>, data only.
/// </summary>
public sealed record EscalationBrief(string Athlete, string AlertId, string Kind, int Urgency, DateOnly AlertDate, string Summary,
    IReadOnlyList<string> Evidence, IReadOnlyList<string> AthleteQuotes) : NarrationSubject
{
    public override NarrationPurpose Purpose => NarrationPurpose.EscalationAlert;
    public override DateOnly Date => AlertDate;
    public override string Reference => ReferenceTo(AlertId);

    /// <summary>The audit reference of an alert's narration: <c>escalation:e4</c>.</summary>
    public static string ReferenceTo(string alertId) => $"escalation:{alertId}";
    /// <summary>The athlete's quoted words and name: data, never facts.</summary>
    public override IReadOnlyList<string> AthleteText => [.. AthleteQuotes, .. Athlete is { Length: > 0 } name && name != UnnamedAthlete ? [name] : Array.Empty<string>()];

    /// <summary>The name used when the athlete has none on file (not the athlete's words).</summary>
    public const string UnnamedAthlete = "athlete";
}
