using HybridCoach.Domain.Restrictions;

namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// <c>medical_red_flag_open</c>: a possible medical red flag (exertional chest pain, fainting, palpitations,
/// breathlessness at rest, signs of a bone stress injury) that the coach has not cleared → FULL_REST, and the
/// athlete is referred to a doctor. These are the symptoms the AHA pre-participation screening says must be
/// assessed before sport goes on (Maron et al. 2007, Circulation 115:1643–1655) and the warning signs of a bone
/// stress injury (Warden, Davis &amp; Fredericson 2014, JOSPT 44:749–765); no load figure can outweigh them. No thresholds.
/// </summary>
public sealed class MedicalRedFlagOpenGuardrail : IGuardrail
{
    public string Id => "medical_red_flag_open";

    public IReadOnlyList<GuardrailSetting> Settings { get; } = [];

    public GuardrailOutcome Evaluate(DecisionSnapshot snapshot, GuardrailSettings settings)
    {
        var flags = snapshot.State.FlagsOn(snapshot.Date, OpenFlagKind.MedicalRedFlag).ToList();
        var observed = Values.Observed(("open_medical_red_flags", flags.Count));
        if (flags.Count == 0) return GuardrailOutcome.Clear(Id, "no medical red flag open", observed, Values.Thresholds());
        var first = flags[0];
        return GuardrailOutcome.Fire(Id, Recommendation.FullRest,
            $"possible medical red flag reported on {first.Since:yyyy-MM-dd} ({first.AlertId}): no training until a doctor has assessed it and your coach clears it",
            observed, Values.Thresholds());
    }
}
