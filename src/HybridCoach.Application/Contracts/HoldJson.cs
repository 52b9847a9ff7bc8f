using HybridCoach.Application.Restrictions;
using HybridCoach.Domain.Restrictions;

namespace HybridCoach.Application.Contracts;

/// <summary>A coach's hold: id (h3), kind, first day (starts), last day (null = until lifted), weekly cap, reason, who placed it and, once lifted, who lifted it, why and from which day.</summary>
public sealed record HoldJson(string Id, string Kind, string Starts, string? Until, double? MaxWeeklyKm, string Reason, string PlacedBy,
    string? LiftedBy, string? LiftReason, string? LiftedOn)
{
    public static HoldJson From(StoredHold h) => new(h.Hold.Id, HoldKinds.ToId(h.Hold.Kind), RecoverySignalsJson.DateText(h.Hold.From),
        h.Hold.Until is { } u ? RecoverySignalsJson.DateText(u) : null, h.Hold.MaxWeeklyKm, h.Hold.Reason, h.PlacedBy, h.LiftedBy, h.LiftReason,
        h.LiftedOn is { } l ? RecoverySignalsJson.DateText(l) : null);
}
