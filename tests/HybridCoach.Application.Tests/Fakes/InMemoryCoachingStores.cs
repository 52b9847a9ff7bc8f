using HybridCoach.Application.Coaching;

namespace HybridCoach.Application.Tests.Fakes;

/// <summary>In-memory check-ins, adjustments (one open per day, as the SQLite index), proposals, escalations (dedup key) and plan notes.</summary>
internal sealed class InMemoryCoachingStores : ICheckInStore, ISessionAdjustmentStore, IProposalStore, IEscalationStore, IPlanChangeLog, ISessionLockStore
{
    private readonly List<(StoredSessionLock Lock, bool Open)> _locks = [];

    public Task<long> AddAsync(StoredSessionLock sessionLock, CancellationToken cancellationToken = default)
    {
        _locks.Add((sessionLock with { Id = _locks.Count + 1 }, true));
        return Task.FromResult((long)_locks.Count);
    }

    public Task<bool> UnlockAsync(DateOnly date, string unlockedBy, string reason, DateTimeOffset unlockedAtUtc, CancellationToken cancellationToken = default)
    {
        var any = false;
        for (var i = 0; i < _locks.Count; i++)
            if (_locks[i].Open && _locks[i].Lock.Date == date) (_locks[i], any) = ((_locks[i].Lock, false), true);
        return Task.FromResult(any);
    }

    public Task<IReadOnlyList<StoredSessionLock>> ListOpenAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<StoredSessionLock>>([.. _locks.Where(l => l.Open).Select(l => l.Lock).OrderBy(l => l.Date)]);

    private readonly List<StoredCheckIn> _checkIns = [];
    private readonly List<StoredAdjustment> _adjustments = [];
    private readonly List<StoredProposal> _proposals = [];
    private readonly List<StoredEscalation> _escalations = [];
    private readonly Dictionary<long, PlanVersionNote> _notes = [];

    public Task<long> AddAsync(StoredCheckIn checkIn, CancellationToken cancellationToken = default)
    {
        _checkIns.Add(checkIn with { Id = _checkIns.Count + 1 });
        return Task.FromResult((long)_checkIns.Count);
    }

    public Task<IReadOnlyList<StoredCheckIn>> ListAsync(DateOnly to, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<StoredCheckIn>>([.. _checkIns.Where(c => c.WeekStart <= to).OrderBy(c => c.WeekStart).ThenBy(c => c.Id)]);

    public Task<long> AddAsync(StoredAdjustment adjustment, CancellationToken cancellationToken = default)
    {
        if (adjustment.Status == AdjustmentStatus.Requested && _adjustments.Any(a => a.Date == adjustment.Date && a.Status == AdjustmentStatus.Requested))
            throw new OpenAdjustmentExistsException($"date {adjustment.Date:yyyy-MM-dd}: already open");
        _adjustments.Add(adjustment with { Id = _adjustments.Count + 1 });
        return Task.FromResult((long)_adjustments.Count);
    }

    Task<StoredAdjustment?> ISessionAdjustmentStore.GetAsync(long id, CancellationToken cancellationToken) =>
        Task.FromResult(_adjustments.FirstOrDefault(a => a.Id == id));

    public Task<StoredAdjustment?> FindOpenAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        Task.FromResult(_adjustments.FirstOrDefault(a => a.Date == date && a.Status == AdjustmentStatus.Requested));

    /// <summary>Puts an adjustment back to requested, as if the store had failed before its acceptance was marked.</summary>
    public void ReopenAdjustment(long id)
    {
        var i = _adjustments.FindIndex(a => a.Id == id);
        _adjustments[i] = _adjustments[i] with { Status = AdjustmentStatus.Requested, DecidedAtUtc = null };
    }

    public Task<bool> DecideAsync(long id, AdjustmentStatus status, DateTimeOffset decidedAtUtc, CancellationToken cancellationToken = default)
    {
        var i = _adjustments.FindIndex(a => a.Id == id && a.Status == AdjustmentStatus.Requested);
        if (i >= 0) _adjustments[i] = _adjustments[i] with { Status = status, DecidedAtUtc = decidedAtUtc };
        return Task.FromResult(i >= 0);
    }

    public Task<long> AddAsync(StoredProposal proposal, CancellationToken cancellationToken = default)
    {
        _proposals.Add(proposal with { Id = _proposals.Count + 1 });
        return Task.FromResult((long)_proposals.Count);
    }

    Task<StoredProposal?> IProposalStore.GetAsync(long id, CancellationToken cancellationToken) => Task.FromResult(_proposals.FirstOrDefault(p => p.Id == id));

    public Task<IReadOnlyList<StoredProposal>> ListAsync(ProposalStatus? status = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<StoredProposal>>([.. _proposals.Where(p => status is null || p.Status == status)]);

    public Task<bool> DecideAsync(long id, ProposalStatus status, string decidedBy, string? reason, DateTimeOffset decidedAtUtc, CancellationToken cancellationToken = default)
    {
        var i = _proposals.FindIndex(p => p.Id == id && p.Status == ProposalStatus.Pending);
        if (i >= 0) _proposals[i] = _proposals[i] with { Status = status, DecidedBy = decidedBy, DecisionReason = reason, DecidedAtUtc = decidedAtUtc };
        return Task.FromResult(i >= 0);
    }

    public Task<long?> AddIfNewAsync(StoredEscalation escalation, CancellationToken cancellationToken = default)
    {
        if (_escalations.Any(e => e.DedupKey == escalation.DedupKey)) return Task.FromResult<long?>(null);
        _escalations.Add(escalation with { Id = _escalations.Count + 1 });
        return Task.FromResult<long?>(_escalations.Count);
    }

    Task<StoredEscalation?> IEscalationStore.GetAsync(long id, CancellationToken cancellationToken) => Task.FromResult(_escalations.FirstOrDefault(e => e.Id == id));

    public Task<IReadOnlyList<StoredEscalation>> ListAsync(EscalationStatus? status = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<StoredEscalation>>([.. _escalations.Where(e => status is null || e.Status == status).OrderBy(e => e.Urgency)]);

    private readonly List<HybridCoach.Application.Restrictions.StoredClearance> _clearances = [];

    public Task<bool> ClearAsync(HybridCoach.Application.Restrictions.StoredClearance clearance, CancellationToken cancellationToken = default)
    {
        if (_escalations.All(e => e.Id != clearance.EscalationId)) return Task.FromResult(false);
        if (_clearances.Any(c => c.EscalationId == clearance.EscalationId)) return Task.FromResult(false);
        _clearances.Add(clearance);
        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<StoredEscalation>> ListFlagsInForceAsync(DateOnly asOf, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<StoredEscalation>>([.. _escalations
            .Where(e => HybridCoach.Application.Restrictions.FlagKinds.IsFlag(e.Kind) && e.Date <= asOf)
            .Where(e => !_clearances.Any(c => c.EscalationId == e.Id && c.ClearedOn <= asOf))
            .OrderBy(e => e.Date).ThenBy(e => e.Id)]);

    public Task<bool> AcknowledgeAsync(long id, string decidedBy, string? note, DateTimeOffset decidedAtUtc, CancellationToken cancellationToken = default)
    {
        var i = _escalations.FindIndex(e => e.Id == id && e.Status == EscalationStatus.Open);
        if (i >= 0) _escalations[i] = _escalations[i] with { Status = EscalationStatus.Acknowledged, DecidedBy = decidedBy, DecisionReason = note };
        return Task.FromResult(i >= 0);
    }

    /// <summary>Where <see cref="AddVersionAsync"/> stores the version itself (the plan fixture's store).</summary>
    public HybridCoach.Application.Plans.IPlanStore? Plans { get; set; }

    public async Task<long> AddVersionAsync(HybridCoach.Application.Plans.StoredPlanVersion plan, PlanVersionNote note, CancellationToken cancellationToken = default)
    {
        var plans = Plans ?? throw new InvalidOperationException("no plan store to add the version to");
        var version = await plans.AddAsync(plan, cancellationToken);
        _notes[version] = note with { Version = version };
        return version;
    }

    Task<PlanVersionNote?> IPlanChangeLog.GetAsync(long version, CancellationToken cancellationToken) => Task.FromResult(_notes.GetValueOrDefault(version));
}
