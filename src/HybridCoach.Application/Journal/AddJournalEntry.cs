namespace HybridCoach.Application.Journal;

/// <summary>The `coach journal add` use case: stamps the entry with the clock's UTC time and stores it.</summary>
public sealed class AddJournalEntry(IJournalStore journal, TimeProvider clock)
{
    public async Task<JournalEntry> AddAsync(JournalEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var stamped = entry with { CreatedAtUtc = clock.GetUtcNow() };
        var id = await journal.AddAsync(stamped, cancellationToken);
        return stamped with { Id = id };
    }
}
