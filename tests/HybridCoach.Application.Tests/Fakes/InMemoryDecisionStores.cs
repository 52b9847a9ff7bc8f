using HybridCoach.Application.Decisions;
using HybridCoach.Application.Journal;

namespace HybridCoach.Application.Tests.Fakes;

/// <summary>In-memory audit trail, journal and override store for use-case tests.</summary>
internal sealed class InMemoryDecisionStores : IDecisionAuditStore, IJournalStore, IGuardrailOverrideStore
{
    private readonly List<DecisionAuditRecord> _records = [];
    private readonly List<JournalEntry> _journal = [];
    private readonly SortedDictionary<string, GuardrailOverride> _overrides = new(StringComparer.Ordinal);

    public Task<long> AppendAsync(DecisionAuditRecord record, CancellationToken cancellationToken = default)
    {
        var id = _records.Count + 1L;
        _records.Add(record with { Id = id });
        return Task.FromResult(id);
    }

    public Task<DecisionAuditRecord?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_records.FirstOrDefault(r => r.Id == id));

    public Task<IReadOnlyList<DecisionAuditSummary>> ListAsync(DateOnly? from = null, DateOnly? to = null, int? limit = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DecisionAuditSummary>>([.. _records
            .Where(r => (from is null || r.DecidedFor >= from) && (to is null || r.DecidedFor <= to))
            .OrderByDescending(r => r.Id).Take(limit ?? int.MaxValue)
            .Select(r => new DecisionAuditSummary(r.Id, r.DecidedFor, r.CreatedAtUtc, r.Recommendation, r.EngineVersion, r.SettingsHash))]);

    public Task<long> AddAsync(JournalEntry entry, CancellationToken cancellationToken = default)
    {
        var id = _journal.Count + 1L;
        _journal.Add(entry with { Id = id });
        return Task.FromResult(id);
    }

    Task<IReadOnlyList<JournalEntry>> IJournalStore.ListAsync(DateOnly? from, DateOnly? to, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<JournalEntry>>([.. _journal.Where(e => (from is null || e.Date >= from) && (to is null || e.Date <= to)).OrderBy(e => e.Date).ThenBy(e => e.Id)]);

    Task<IReadOnlyList<GuardrailOverride>> IGuardrailOverrideStore.ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<GuardrailOverride>>([.. _overrides.Values]);

    public Task SetAsync(GuardrailOverride value, CancellationToken cancellationToken = default)
    {
        _overrides[value.SettingId] = value;
        return Task.CompletedTask;
    }

    public Task<bool> RemoveAsync(string settingId, CancellationToken cancellationToken = default) => Task.FromResult(_overrides.Remove(settingId));
}
