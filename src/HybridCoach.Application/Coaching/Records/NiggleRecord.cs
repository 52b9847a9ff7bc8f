using HybridCoach.Domain.Athletes;

namespace HybridCoach.Application.Coaching.Records;

/// <summary>A stored check-in niggle.</summary>
public sealed record NiggleRecord(string Site, BodySide Side, int Severity)
{
    public static NiggleRecord From(Niggle n) => new(n.Site, n.Side, n.Severity);

    public Niggle ToNiggle() => new(Site, Side, Severity);
}
