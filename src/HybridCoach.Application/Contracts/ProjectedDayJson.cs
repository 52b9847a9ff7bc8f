using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Contracts;

/// <summary>One projected day of a variant: planned load (running stress), coupled ACWR (null in the warm-up) and chronic load.</summary>
public sealed record ProjectedDayJson(string Date, double Load, double? Acwr, double ChronicLoad)
{
    public static ProjectedDayJson From(ProjectedDay d) => new(RecoverySignalsJson.DateText(d.Date), d.Load, d.Acwr, d.ChronicLoad);
}
