namespace HybridCoach.Hosting;

/// <summary>An athlete's services held open (<see cref="AthleteScopes.Lease"/>) until disposed; disposing twice releases once.</summary>
public sealed class AthleteLease(IServiceProvider services, Action release) : IDisposable
{
    private int _released;

    public IServiceProvider Services { get; } = services;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0) release();
    }
}
