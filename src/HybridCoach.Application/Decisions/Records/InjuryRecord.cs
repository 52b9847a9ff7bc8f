using HybridCoach.Domain.Athletes;

namespace HybridCoach.Application.Decisions.Records;

/// <summary>An <see cref="Injury"/> of the profile as stored in the audit snapshot.</summary>
public sealed record InjuryRecord(string Site, string Side, string Date, int Severity, string? Notes)
{
    public static InjuryRecord From(Injury i) => new(i.Site, RecordCodes.Side(i.Side), RecordCodes.Date(i.Date), i.Severity, i.Notes);

    public Injury ToInjury() => new(Site, RecordCodes.ParseSide(Side), RecordCodes.ParseDate(Date, "injury date"), Severity, Notes);
}
