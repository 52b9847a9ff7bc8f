namespace HybridCoach.Application.Tests.Fakes;

/// <summary>A clock that always says the same instant.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
