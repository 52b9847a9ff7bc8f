using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Narration;

/// <summary>What a narrator explains: the decision (call, every guardrail outcome), the athlete context and the purpose.</summary>
public sealed record NarrationRequest(Decision Decision, NarrationContext Context, NarrationPurpose Purpose = NarrationPurpose.DailyExplanation);
