using HybridCoach.Application.Narration;

namespace HybridCoach.Application.Tests.Fakes;

/// <summary>The narration audit in memory: ids from 1 in append order, newest first when listed.</summary>
internal sealed class InMemoryNarrationAudit : INarrationAudit
{
    public List<NarrationAuditRecord> Records { get; } = [];

    public Task<long> AppendAsync(NarrationAuditRecord record, CancellationToken cancellationToken = default)
    {
        var id = Records.Count + 1L;
        Records.Add(record with { Id = id });
        return Task.FromResult(id);
    }

    public Task<NarrationAuditRecord?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Records.FirstOrDefault(r => r.Id == id));

    public Task<NarrationAuditRecord?> LatestForAsync(string reference, CancellationToken cancellationToken = default) =>
        Task.FromResult(Records.LastOrDefault(r => r.Reference == reference));

    public Task<IReadOnlyList<NarrationAuditRecord>> ListAsync(NarrationPurpose? purpose = null, int? limit = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<NarrationAuditRecord>>([.. Records.Where(r => purpose is null || r.Purpose == purpose)
            .OrderByDescending(r => r.Id).Take(limit ?? int.MaxValue)]);
}
