using HybridCoach.Application.Coaching;

namespace HybridCoach.Application.Contracts;

/// <summary>
/// `coach adjust DATE --reason --json`: the open request's id, the plan version, the athlete's reason, the original and
/// replacement prescriptions with their planned loads, the adjuster's lines and the never-harder check.
/// </summary>
public sealed record AdjustmentJson(string Id, long PlanVersion, string Date, string Reason, PlanDayJson Original, PlanDayJson Replacement,
    double OriginalLoad, double ReplacementLoad, IReadOnlyList<string> Changes, bool NeverHarder, IReadOnlyList<string> NeverHarderChecks)
{
    public static AdjustmentJson From(AdjustmentProposal p) => new(CoachingIds.Adjustment(p.Id), p.PlanVersion,
        RecoverySignalsJson.DateText(p.Adjustment.Original.Date), p.Adjustment.Reason, PlanDayJson.From(p.Adjustment.Original, p.Units),
        PlanDayJson.From(p.Adjustment.Replacement, p.Units), Math.Round(p.OriginalLoad, 2),
        Math.Round(p.ReplacementLoad, 2), p.Adjustment.Changes, p.Verdict.Passed, p.Verdict.Reasons);
}
