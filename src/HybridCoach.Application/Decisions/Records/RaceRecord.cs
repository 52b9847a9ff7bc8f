using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Decisions.Records;

/// <summary>A calendar <see cref="RaceEntry"/> as stored in the audit snapshot.</summary>
public sealed record RaceRecord(string Date, string Name, double DistanceM, string Priority)
{
    public static RaceRecord From(RaceEntry r) => new(RecordCodes.Date(r.Date), r.Name, r.Distance.Meters, r.Priority.ToString());

    public RaceEntry ToRace() => new(RecordCodes.ParseDate(Date, "race date"), Name, new Distance(DistanceM), RecordCodes.ParsePriority(Priority));
}
