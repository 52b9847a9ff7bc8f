using HybridCoach.Domain.Load;

namespace HybridCoach.Application.Plans.Records;

/// <summary>One history day's load in a stored plan request.</summary>
public sealed record DatedLoadRecord(DateOnly Day, double Load, double RunDistanceM, double RunTimeS, double TimeS)
{
    public static DatedLoadRecord From(DatedLoad l) => new(l.Day, l.Load, l.RunDistanceM, l.RunTimeS, l.TimeS);

    public DatedLoad ToLoad() => new(Day, Load, RunDistanceM, RunTimeS, TimeS);
}
