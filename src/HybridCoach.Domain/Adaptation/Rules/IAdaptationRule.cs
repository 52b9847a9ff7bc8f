namespace HybridCoach.Domain.Adaptation.Rules;

/// <summary>
/// One adaptation rule. <see cref="Attempts"/> yields what the rule would do, strongest first; the adapter keeps
/// the first attempt that passes the plan validator and protects recovery microcycles, and if none does the rule
/// backs off entirely (the plan stays as it was). A rule that does not fire yields nothing.
/// </summary>
public interface IAdaptationRule
{
    /// <summary>Stable snake_case id, e.g. <c>high_fatigue</c>.</summary>
    string Id { get; }

    IEnumerable<PlanDraft> Attempts(AdaptationInput input, PlanDraft draft);
}
