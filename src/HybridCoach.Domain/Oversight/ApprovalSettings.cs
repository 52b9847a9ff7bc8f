namespace HybridCoach.Domain.Oversight;

/// <summary>
/// The configurable branches of <see cref="ApprovalPolicy"/>, with the defaults of the issue that introduced it
/// ("an easier replacement session and load reductions up to 10 % may apply automatically; cancelling a key workout,
/// changing the goal or target time, and regenerating the plan wait for the coach") and the hybrid-coaching
/// decision-tree guidance it follows (automation "should not independently cancel a key workout without coach
/// approval … not redefine the athlete's race goal"). The 5 % small-increase line is a product rule: a nudge up
/// the athlete can take or leave, far inside the usual 10 %-per-week progression convention.
/// </summary>
public sealed record ApprovalSettings
{
    public static ApprovalSettings Default { get; } = new();

    public OversightRoute EasierReplacement { get; init; } = OversightRoute.AutoApply;

    /// <summary>Largest load cut (fraction, inclusive) applied automatically.</summary>
    public double AutoApplyMaxLoadReductionFraction { get; init; } = 0.10;

    public OversightRoute SmallLoadReduction { get; init; } = OversightRoute.AutoApply;
    public OversightRoute LargeLoadReduction { get; init; } = OversightRoute.SuggestToAthlete;

    /// <summary>Largest load rise (fraction, inclusive) only suggested to the athlete; anything above waits for the coach.</summary>
    public double SuggestMaxLoadIncreaseFraction { get; init; } = 0.05;

    public OversightRoute SmallLoadIncrease { get; init; } = OversightRoute.SuggestToAthlete;
    public OversightRoute LargeLoadIncrease { get; init; } = OversightRoute.CoachApproval;
    public OversightRoute MoveSession { get; init; } = OversightRoute.SuggestToAthlete;
    public OversightRoute CancelKeyWorkout { get; init; } = OversightRoute.CoachApproval;
    public OversightRoute AddRace { get; init; } = OversightRoute.CoachApproval;
    public OversightRoute ChangeGoal { get; init; } = OversightRoute.CoachApproval;
    public OversightRoute ChangeTargetTime { get; init; } = OversightRoute.CoachApproval;
    public OversightRoute RegeneratePlan { get; init; } = OversightRoute.CoachApproval;

    /// <summary>An adaptation with no parts and no load figure.</summary>
    public OversightRoute UnsizedAdaptation { get; init; } = OversightRoute.SuggestToAthlete;

    public ApprovalSettings Validate()
    {
        if (!(AutoApplyMaxLoadReductionFraction is >= 0 and <= 1))
            throw new ArgumentException($"auto_apply_max_load_reduction_fraction {AutoApplyMaxLoadReductionFraction}: expected 0 to 1");
        if (!(SuggestMaxLoadIncreaseFraction is >= 0 and <= 10))
            throw new ArgumentException($"suggest_max_load_increase_fraction {SuggestMaxLoadIncreaseFraction}: expected 0 to 10");
        return this;
    }
}
