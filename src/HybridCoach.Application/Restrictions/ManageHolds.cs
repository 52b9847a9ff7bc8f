using HybridCoach.Application.Coaching;
using HybridCoach.Domain.Restrictions;

namespace HybridCoach.Application.Restrictions;

/// <summary>
/// `coach hold place|lift|list`: the coach places a hold (what it forbids, from a day, until a day or until lifted,
/// why) and lifts it, each recorded with who and why. A hold starts no earlier than the as-of day (a hold is a
/// decision about training still to come); lifting takes effect on the as-of day.
/// </summary>
public sealed class ManageHolds(IHoldStore holds, TimeProvider clock)
{
    public async Task<StoredHold> PlaceAsync(HoldKind kind, DateOnly? from, DateOnly? until, double? maxWeeklyKm, string reason, string by, DateOnly asOf,
        CancellationToken cancellationToken = default)
    {
        var start = from ?? asOf;
        if (start < asOf) throw new Errors.InvalidInputException("from", $" {start:yyyy-MM-dd}: before the as-of day {asOf:yyyy-MM-dd}; a hold applies to training still to come");
        var hold = new CoachHold("h?", kind, start, until, maxWeeklyKm, CoachText.Required(reason, "reason"));
        var stored = new StoredHold(0, hold, CoachText.Who(by), clock.GetUtcNow());
        var id = await holds.AddAsync(stored, cancellationToken);
        return (await holds.GetAsync(id, cancellationToken))!;
    }

    public async Task<StoredHold> LiftAsync(string holdRef, string reason, string by, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var id = ParseRef(holdRef);
        var who = CoachText.Who(by);
        var why = CoachText.Required(reason, "reason");
        var stored = await holds.GetAsync(id, cancellationToken) ?? throw new Errors.NotFoundException($"hold '{holdRef}': no such hold (see `coach hold list`)");
        if (!await holds.LiftAsync(id, who, why, asOf, clock.GetUtcNow(), cancellationToken))
            throw new Errors.ConflictException($"hold {StoredHold.Ref(id)}: already lifted by {stored.LiftedBy} from {stored.LiftedOn:yyyy-MM-dd}");
        return (await holds.GetAsync(id, cancellationToken))!;
    }

    public Task<IReadOnlyList<StoredHold>> ListAsync(CancellationToken cancellationToken = default) => holds.ListAsync(cancellationToken);

    /// <summary>"h3" or "3".</summary>
    public static long ParseRef(string? text)
    {
        var t = (text ?? "").Trim().ToLowerInvariant();
        var digits = t.StartsWith(StoredHold.Prefix) ? t[1..] : t;
        return long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0 ? id
            : throw new ArgumentException($"hold '{text}': expected a hold id such as h3, as `coach hold list` shows");
    }
}
