namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// What one guardrail found for one day: its stable id; whether it could be evaluated (it cannot without the
/// data it needs — then it does not fire, and the reason says what is missing); whether it fired; the values it
/// observed and the thresholds it compared them with (snake_case keys with units, e.g. <c>acwr_coupled</c>,
/// <c>soreness_0_10</c>); the call it asks for (<see cref="Recommendation.Proceed"/> when it did not fire); and
/// a one-line reason. Observed values are null where unknown.
/// </summary>
public sealed record GuardrailOutcome(
    string Id,
    bool Evaluated,
    bool Fired,
    Recommendation AsksFor,
    IReadOnlyDictionary<string, double?> Observed,
    IReadOnlyDictionary<string, double> Thresholds,
    string Reason)
{
    public static GuardrailOutcome Fire(string id, Recommendation asksFor, string reason,
        IReadOnlyDictionary<string, double?> observed, IReadOnlyDictionary<string, double> thresholds) =>
        new(id, true, true, asksFor, observed, thresholds, reason);

    public static GuardrailOutcome Clear(string id, string reason,
        IReadOnlyDictionary<string, double?> observed, IReadOnlyDictionary<string, double> thresholds) =>
        new(id, true, false, Recommendation.Proceed, observed, thresholds, reason);

    /// <summary>The guardrail lacks what it needs (e.g. no HRV readings for a baseline); it does not fire.</summary>
    public static GuardrailOutcome NotEvaluated(string id, string reason,
        IReadOnlyDictionary<string, double?> observed, IReadOnlyDictionary<string, double> thresholds) =>
        new(id, false, false, Recommendation.Proceed, observed, thresholds, reason);
}
