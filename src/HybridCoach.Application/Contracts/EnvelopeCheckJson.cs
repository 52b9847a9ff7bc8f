using HybridCoach.Domain.Planning.Envelope;

namespace HybridCoach.Application.Contracts;

/// <summary>One figure of a plan against the published plans: id, what, the plan's value, the expected range, inside or not and why.</summary>
public sealed record EnvelopeCheckJson(string Id, string Figure, string Value, string Expected, bool Inside, string Reason)
{
    public static EnvelopeCheckJson From(EnvelopeCheck c) => new(c.Id, c.Figure, c.Value, c.Expected, c.Inside, c.Reason);
}
