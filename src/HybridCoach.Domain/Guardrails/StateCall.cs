using HybridCoach.Domain.Restrictions;

namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// The call the athlete's state alone makes for a day (<see cref="SafetyGuardrails.StateOnly"/>: open red flags, open
/// pain reports, coach holds, unavailable days) — what is known for days ahead, before any morning signal. Used for the
/// sessions of days after today and for exports; today's full call adds the training record and the signals.
/// </summary>
public static class StateCall
{
    private static readonly GuardrailEngine Engine = new(SafetyGuardrails.StateOnly);

    public static Decision For(AthleteState state, DateOnly day, GuardrailSettings settings)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Engine.Decide(new DecisionSnapshot(day, "none", null, [], [], [], [], null, state), settings);
    }
}
