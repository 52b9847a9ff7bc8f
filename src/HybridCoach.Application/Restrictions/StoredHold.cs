using HybridCoach.Domain.Restrictions;

namespace HybridCoach.Application.Restrictions;

/// <summary>
/// A coach's hold as stored: the hold itself, who placed it and when, and — once lifted — who lifted it, why, and the
/// first day it no longer applies (<see cref="LiftedOn"/>).
/// </summary>
public sealed record StoredHold(long Id, CoachHold Hold, string PlacedBy, DateTimeOffset PlacedAtUtc,
    string? LiftedBy = null, string? LiftReason = null, DateOnly? LiftedOn = null, DateTimeOffset? LiftedAtUtc = null)
{
    public const char Prefix = 'h';

    public static string Ref(long id) => $"{Prefix}{id}";

    /// <summary>The hold as in force on <paramref name="asOf"/>: its last day moved back before the lift, or null when it no longer applies at all.</summary>
    public CoachHold? AsOf(DateOnly asOf)
    {
        if (LiftedOn is not { } lifted || lifted > asOf) return Hold;
        var last = lifted.AddDays(-1);
        if (last < Hold.From) return null;
        return new CoachHold(Hold.Id, Hold.Kind, Hold.From, Hold.Until is { } u && u < last ? u : last, Hold.MaxWeeklyKm, Hold.Reason);
    }
}
