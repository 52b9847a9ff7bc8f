namespace HybridCoach.Application.Activities;

/// <summary>The outcome of <see cref="ActivityRegistrar.RegisterAsync"/>: the new id, or the id it duplicates and why.</summary>
public sealed record Registration(bool Added, long ActivityId, string? DuplicateReason)
{
    public static Registration Duplicate(long existingId, string reason) => new(false, existingId, reason);

    public static Registration SameContent(long existingId) => Duplicate(existingId, $"duplicate of #{existingId} (same content)");

    public static Registration SameStartAndDistance(long existingId) => Duplicate(existingId, $"duplicate of #{existingId} (same start and distance)");
}
