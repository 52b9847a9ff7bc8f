using HybridCoach.Application.Narration;

namespace HybridCoach.Application.Coaching;

/// <summary>A newly raised alert and its narration for the coach (on file as <c>escalation:eN</c>).</summary>
public sealed record RaisedEscalation(StoredEscalation Alert, RecordedNarration Narrative);
