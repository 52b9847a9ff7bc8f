using HybridCoach.Application.Athletes;
using HybridCoach.Application.Plans;
using HybridCoach.Application.Races;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Racing;

namespace HybridCoach.Application.Tests.Fakes;

/// <summary>In-memory athlete profile, race calendar and plan store for the plan use-case tests.</summary>
internal sealed class InMemoryPlanWorld : IAthleteStore, IRaceCalendar, IPlanStore
{
    private readonly List<StoredRace> _races = [];
    private readonly List<StoredPlanVersion> _plans = [];

    public AthleteProfile? Profile { get; set; }

    public Task<AthleteProfile?> GetProfileAsync(CancellationToken cancellationToken = default) => Task.FromResult(Profile);

    public Task SaveProfileAsync(AthleteProfile profile, CancellationToken cancellationToken = default)
    {
        Profile = profile;
        return Task.CompletedTask;
    }

    public Task SaveSignalsAsync(RecoverySignals signals, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IReadOnlyList<RecoverySignals>> ListSignalsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<RecoverySignals>>([]);

    public Task<bool> SetActivityRpeAsync(long activityId, int? rpe, CancellationToken cancellationToken = default) => Task.FromResult(false);

    public Task<bool> SetActivityNotesAsync(long activityId, string? notes, CancellationToken cancellationToken = default) => Task.FromResult(false);

    public Task<IReadOnlyList<HybridCoach.Domain.Oversight.DatedNote>> ListActivityNotesAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<HybridCoach.Domain.Oversight.DatedNote>>([]);

    public Task<long> AddAsync(RaceEntry race, CancellationToken cancellationToken = default)
    {
        var id = _races.Count + 1L;
        _races.Add(new StoredRace(id, race));
        return Task.FromResult(id);
    }

    public Task<IReadOnlyList<StoredRace>> ListAsync(DateOnly? from = null, DateOnly? to = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<StoredRace>>([.. _races.Where(r => (from is null || r.Race.Date >= from) && (to is null || r.Race.Date <= to))
            .OrderBy(r => r.Race.Date).ThenBy(r => r.Id)]);

    public Task<bool> RemoveAsync(long id, CancellationToken cancellationToken = default) => Task.FromResult(_races.RemoveAll(r => r.Id == id) > 0);

    public Task<long> AddAsync(StoredPlanVersion plan, CancellationToken cancellationToken = default)
    {
        var version = _plans.Count + 1L;
        _plans.Add(plan with { Version = version });
        return Task.FromResult(version);
    }

    public Task<StoredPlanVersion?> GetLatestAsync(CancellationToken cancellationToken = default) => Task.FromResult(_plans.LastOrDefault());

    public Task<StoredPlanVersion?> GetAsync(long version, CancellationToken cancellationToken = default) =>
        Task.FromResult(_plans.FirstOrDefault(p => p.Version == version));
}
