using HybridCoach.Application.Journal;
using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Contracts;

/// <summary>One journal verdict in `coach journal add|list --json`.</summary>
public sealed record JournalEntryJson(long Id, string Date, string MyCall, string? Note, string Author, DateTimeOffset CreatedAtUtc)
{
    public static JournalEntryJson From(JournalEntry e) =>
        new(e.Id, RecoverySignalsJson.DateText(e.Date), e.MyCall.ToId(), e.Note, e.Author.ToString().ToLowerInvariant(), e.CreatedAtUtc);
}
