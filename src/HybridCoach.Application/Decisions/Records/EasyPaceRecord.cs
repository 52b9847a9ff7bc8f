using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Decisions.Records;

/// <summary>The <see cref="EasyPaceHeartRateFact"/> as stored in the audit snapshot.</summary>
public sealed record EasyPaceRecord(double SlopeBpmPer28Days, int RunCount)
{
    public static EasyPaceRecord From(EasyPaceHeartRateFact f) => new(f.SlopeBpmPer28Days, f.RunCount);

    public EasyPaceHeartRateFact ToFact() => new(SlopeBpmPer28Days, RunCount);
}
