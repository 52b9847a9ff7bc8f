using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Journal;

/// <summary>
/// What the athlete (or their coach) would have decided for one day, in the engine's own terms, so the two can
/// be compared (`coach agreement`). <see cref="Id"/> is 0 until stored; <see cref="CreatedAtUtc"/> is set by the caller's clock.
/// </summary>
public sealed record JournalEntry(long Id, DateOnly Date, Recommendation MyCall, string? Note, JournalAuthor Author, DateTimeOffset CreatedAtUtc)
{
    public const int MaxNoteLength = 1000;

    public string? Note { get; } = Note is { Length: > MaxNoteLength }
        ? throw new Errors.InvalidInputException("note", $": longer than {MaxNoteLength} characters") : Note;
}
