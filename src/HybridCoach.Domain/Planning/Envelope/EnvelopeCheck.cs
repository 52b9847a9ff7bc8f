namespace HybridCoach.Domain.Planning.Envelope;

/// <summary>
/// One figure of a plan against the published plans' envelope: a stable id, what is measured, the plan's value and
/// the expected range in words, whether it is inside, and why (the source when inside, the cause and by how much
/// when outside).
/// </summary>
public sealed record EnvelopeCheck(string Id, string Figure, string Value, string Expected, bool Inside, string Reason);
