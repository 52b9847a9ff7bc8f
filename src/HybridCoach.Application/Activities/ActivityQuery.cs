using HybridCoach.Domain.Activities;

namespace HybridCoach.Application.Activities;

/// <summary>
/// A filter over stored activities. <see cref="StartFrom"/> is inclusive and <see cref="StartBefore"/>
/// exclusive, both compared on the UTC instant; a null bound or sport does not filter.
/// </summary>
public sealed record ActivityQuery(
    DateTimeOffset? StartFrom = null,
    DateTimeOffset? StartBefore = null,
    Sport? Sport = null,
    int? Limit = null)
{
    public static ActivityQuery All { get; } = new();
}
