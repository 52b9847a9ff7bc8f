using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Coaching;

/// <summary>A stored open adjustment: its id, the plan version it was made against, the replacement with the adjuster's lines, the never-harder verdict, the display units and both sessions' planned loads (PlannedLoad units).</summary>
public sealed record AdjustmentProposal(long Id, long PlanVersion, SessionAdjustment Adjustment, NeverHarderVerdict Verdict, DistanceUnit Units,
    double OriginalLoad, double ReplacementLoad);
