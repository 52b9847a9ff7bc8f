using HybridCoach.Application.Journal;
using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Decisions;

/// <summary>One day compared: the engine's latest call (and its audit id) beside the human's latest journal verdict.</summary>
public sealed record AgreementPair(DateOnly Date, long AuditId, Recommendation Engine, Recommendation Human, JournalAuthor Author);
