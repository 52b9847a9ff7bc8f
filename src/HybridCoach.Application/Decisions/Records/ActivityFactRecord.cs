using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Decisions.Records;

/// <summary>An <see cref="ActivityFact"/> as stored in the audit snapshot.</summary>
public sealed record ActivityFactRecord(long Id, string Date, string Sport, double DistanceM, double DurationS, double Load, bool Hard)
{
    public static ActivityFactRecord From(ActivityFact a) =>
        new(a.Id, RecordCodes.Date(a.Date), a.Sport.ToId(), a.DistanceM, a.DurationS, a.Load, a.Hard);

    public ActivityFact ToFact() =>
        new(Id, RecordCodes.ParseDate(Date, "activity date"), RecordCodes.ParseSport(Sport), DistanceM, DurationS, Load, Hard);
}
