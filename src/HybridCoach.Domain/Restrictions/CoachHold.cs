namespace HybridCoach.Domain.Restrictions;

/// <summary>
/// A restriction the coach places on an athlete: what it forbids, from which day, until which day (inclusive; null =
/// until the coach lifts it), the weekly cap for <see cref="HoldKind.MaxWeeklyDistance"/>, the coach's reason and
/// the hold's id (<c>hN</c>). Validated in the constructor; failures are <see cref="ArgumentException"/>s naming the field.
/// </summary>
public sealed record CoachHold(string Id, HoldKind Kind, DateOnly From, DateOnly? Until, double? MaxWeeklyKm, string Reason)
{
    /// <summary>A week of running longer than this is no cap at all (product rule: above any plan this coach writes).</summary>
    public const double MaxWeeklyKmLimit = 300;

    public DateOnly? Until { get; } = Until is { } u && u < From
        ? throw new ArgumentException($"until {u:yyyy-MM-dd}: before the hold starts ({From:yyyy-MM-dd})")
        : Until;

    public double? MaxWeeklyKm { get; } = ValidCap(Kind, MaxWeeklyKm);

    public string Reason { get; } = string.IsNullOrWhiteSpace(Reason) ? throw new ArgumentException("reason: required; say why the hold is placed") : Reason.Trim();

    public bool InForceOn(DateOnly date) => date >= From && (Until is null || date <= Until);

    private static double? ValidCap(HoldKind kind, double? km)
    {
        if (kind != HoldKind.MaxWeeklyDistance)
            return km is null ? null : throw new ArgumentException($"max weekly km: only for a {HoldKinds.ToId(HoldKind.MaxWeeklyDistance)} hold");
        if (km is not { } value) throw new ArgumentException("max weekly km: required for a max_weekly_distance hold");
        return double.IsFinite(value) && value >= 0 && value <= MaxWeeklyKmLimit ? value
            : throw new ArgumentException(FormattableString.Invariant($"max weekly km {value}: expected 0 to {MaxWeeklyKmLimit}"));
    }
}
