using HybridCoach.Application.Plans;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// `coach plan lock|unlock|locks`: the coach locks a planned day against automatic change (adaptation, the athlete's
/// adjustments and regeneration hold any change to it for the coach, <see cref="ChangeSubmission"/>) and releases it,
/// each recorded with who and why. Only days of the current plan from the as-of day on can be locked.
/// </summary>
public sealed class SessionLocks(ISessionLockStore locks, IPlanStore plans, TimeProvider clock)
{
    public async Task<StoredSessionLock> LockAsync(DateOnly date, string reason, string by, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var who = CoachText.Who(by);
        var why = CoachText.Required(reason, "reason");
        if (date < asOf) throw new ArgumentException($"DATE {date:yyyy-MM-dd}: before the as-of day {asOf:yyyy-MM-dd}; a day gone by cannot change anyway");
        var set = await ReadLatestPlan.RequireAsync(plans, cancellationToken);
        if (set.Active.Plan.Sessions.All(s => s.Date != date))
            throw new ArgumentException($"DATE {date:yyyy-MM-dd}: not in plan version {set.Version}");
        if ((await locks.ListOpenAsync(cancellationToken)).FirstOrDefault(l => l.Date == date) is { } open)
            throw new Errors.ConflictException($"DATE {date:yyyy-MM-dd}: already locked by {open.LockedBy} ({open.Reason})");
        var stored = new StoredSessionLock(0, date, who, why, clock.GetUtcNow());
        return stored with { Id = await locks.AddAsync(stored, cancellationToken) };
    }

    public async Task UnlockAsync(DateOnly date, string reason, string by, CancellationToken cancellationToken = default)
    {
        var who = CoachText.Who(by);
        var why = CoachText.Required(reason, "reason");
        if (!await locks.UnlockAsync(date, who, why, clock.GetUtcNow(), cancellationToken))
            throw new Errors.ConflictException($"DATE {date:yyyy-MM-dd}: not locked (see `coach plan locks`)");
    }

    public Task<IReadOnlyList<StoredSessionLock>> ListAsync(CancellationToken cancellationToken = default) => locks.ListOpenAsync(cancellationToken);
}
