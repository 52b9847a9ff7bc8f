namespace HybridCoach.Application.Stores;

/// <summary>
/// Writes that span the athlete's stores and must land together or not at all: a decision's audit record and the
/// session change it makes, a day's signals and the alert they raise. Every write the work makes through the scope's
/// stores commits when it returns and is undone when it throws; a unit started inside another joins it. Nothing slow
/// belongs inside — no model call, no narration — since the athlete's other writes wait for it.
/// </summary>
public interface IUnitOfWork
{
    Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default);
}
