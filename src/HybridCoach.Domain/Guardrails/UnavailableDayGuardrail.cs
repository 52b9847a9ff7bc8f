namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// <c>unavailable_day</c>: the athlete said in a check-in that they cannot train on the date → FULL_REST, so the
/// call, the day's session and the exports never put training on a day the athlete does not have. Product rule. No thresholds.
/// </summary>
public sealed class UnavailableDayGuardrail : IGuardrail
{
    public string Id => "unavailable_day";

    public IReadOnlyList<GuardrailSetting> Settings { get; } = [];

    public GuardrailOutcome Evaluate(DecisionSnapshot snapshot, GuardrailSettings settings)
    {
        var unavailable = snapshot.State.Unavailable(snapshot.Date);
        var observed = Values.Observed(("unavailable_day", unavailable ? 1 : 0));
        return unavailable
            ? GuardrailOutcome.Fire(Id, Recommendation.FullRest, "you said you cannot train on this day: no session", observed, Values.Thresholds())
            : GuardrailOutcome.Clear(Id, "the day is available", observed, Values.Thresholds());
    }
}
