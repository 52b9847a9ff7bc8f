using HybridCoach.Application.Decisions;

namespace HybridCoach.Application.Narration;

/// <summary>
/// One narration of a <see cref="NarrationSubject"/> in the append-only narration audit: purpose, reference (what was
/// narrated), the day it is for, when, the subject's data as JSON (what the narrator was given), the text shown, its
/// source (<see cref="NarrationSources"/>) and — when a language model was asked — the whole exchange.
/// </summary>
public sealed record NarrationAuditRecord(long Id, NarrationPurpose Purpose, string Reference, DateOnly NarratedFor, DateTimeOffset CreatedAtUtc,
    string SubjectJson, string Text, string Source, LlmExchange? Exchange);
