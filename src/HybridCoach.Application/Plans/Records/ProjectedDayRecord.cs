using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans.Records;

/// <summary>A stored projected day.</summary>
public sealed record ProjectedDayRecord(DateOnly Date, double Load, double? Acwr, double ChronicLoad)
{
    public static ProjectedDayRecord From(ProjectedDay d) => new(d.Date, d.Load, d.Acwr, d.ChronicLoad);

    public ProjectedDay ToDay() => new(Date, Load, Acwr, ChronicLoad);
}
