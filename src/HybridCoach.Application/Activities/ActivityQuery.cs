using HybridCoach.Domain.Activities;

namespace HybridCoach.Application.Activities;

/// <summary>
/// A filter over stored activities. <see cref="StartFrom"/> is inclusive and <see cref="StartBefore"/>
/// exclusive, both compared on the UTC instant; a null bound or sport does not filter. Activities that break a
/// physical limit (<see cref="RecordingPlausibility"/>: stored before the import checked, or edited by hand) are left
/// out unless <see cref="IncludeImplausible"/>: no read can fail on them, and the listing still shows them to delete.
/// </summary>
public sealed record ActivityQuery(
    DateTimeOffset? StartFrom = null,
    DateTimeOffset? StartBefore = null,
    Sport? Sport = null,
    int? Limit = null,
    bool IncludeImplausible = false)
{
    public static ActivityQuery All { get; } = new();
}
