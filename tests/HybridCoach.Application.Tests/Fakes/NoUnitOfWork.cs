using HybridCoach.Application.Stores;

namespace HybridCoach.Application.Tests.Fakes;

/// <summary>
/// The in-memory stores' unit of work: the work runs as it is (their writes cannot fail halfway). Commit and rollback
/// over a real store are tested against SQLite (Storage.Tests' SqliteUnitOfWorkTests, Cli.Tests' UnitOfWorkTests).
/// </summary>
internal sealed class NoUnitOfWork : IUnitOfWork
{
    public Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return work(cancellationToken);
    }
}
