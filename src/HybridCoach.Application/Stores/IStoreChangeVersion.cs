namespace HybridCoach.Application.Stores;

/// <summary>
/// A number that changes whenever anything is committed to the athlete's store — by any store, request or process —
/// and only then. Equal numbers mean nothing any figure is computed from has changed in between.
/// </summary>
public interface IStoreChangeVersion
{
    Task<long> ReadAsync(CancellationToken cancellationToken = default);
}
