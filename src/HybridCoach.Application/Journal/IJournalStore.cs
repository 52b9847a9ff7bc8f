namespace HybridCoach.Application.Journal;

/// <summary>The athlete's journal of verdicts. Entries are only added; a later entry for the same day supersedes an earlier one.</summary>
public interface IJournalStore
{
    /// <summary>Stores an entry and returns its new id.</summary>
    Task<long> AddAsync(JournalEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Entries dated from <paramref name="from"/> to <paramref name="to"/> (inclusive; null = open), by date then id.</summary>
    Task<IReadOnlyList<JournalEntry>> ListAsync(DateOnly? from = null, DateOnly? to = null, CancellationToken cancellationToken = default);
}
