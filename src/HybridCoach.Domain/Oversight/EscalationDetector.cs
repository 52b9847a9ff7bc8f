namespace HybridCoach.Domain.Oversight;

/// <summary>
/// Runs every escalation rule over one athlete's recent data and returns the alerts for the coach, most urgent
/// first (<see cref="EscalationUrgency"/>), then newest first, then by kind. Each rule is one file:
/// <see cref="MedicalRedFlagRule"/>, <see cref="PainFlagRule"/>, <see cref="RestingHrAnomalyRule"/>,
/// <see cref="MissedKeySessionsRule"/>, <see cref="RepeatedSorenessRule"/>, <see cref="FallingMotivationRule"/>,
/// <see cref="MajorLifeStressorRule"/>.
/// </summary>
public static class EscalationDetector
{
    public static IReadOnlyList<Escalation> Detect(EscalationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        IEnumerable<Escalation> all =
        [
            .. MedicalRedFlagRule.Detect(input),
            .. PainFlagRule.Detect(input),
            .. RestingHrAnomalyRule.Detect(input),
            .. MissedKeySessionsRule.Detect(input),
            .. RepeatedSorenessRule.Detect(input),
            .. FallingMotivationRule.Detect(input),
            .. MajorLifeStressorRule.Detect(input),
        ];
        return [.. all.OrderBy(e => e.Urgency).ThenByDescending(e => e.Date).ThenBy(e => e.Kind)];
    }

    /// <summary>
    /// The rules that must reach the coach the moment their evidence arrives (a note, a signal, a check-in), not at the
    /// next weekly check-in: medical red flags and pain. Their alerts are keyed so that running them on every input
    /// raises each report once.
    /// </summary>
    public static IReadOnlyList<Escalation> DetectImmediate(EscalationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        IEnumerable<Escalation> all = [.. MedicalRedFlagRule.Detect(input), .. PainFlagRule.Detect(input)];
        return [.. all.OrderBy(e => e.Urgency).ThenByDescending(e => e.Date).ThenBy(e => e.Kind)];
    }

    internal static Escalation Make(EscalationKind kind, DateOnly date, string summary, IReadOnlyList<string> evidence) =>
        new(kind, EscalationUrgency.Of(kind), date, summary, evidence);
}
