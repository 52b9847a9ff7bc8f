namespace HybridCoach.Application.Accounts;

/// <summary>The accounts of the web app, in the data directory beside the athletes' stores.</summary>
public interface IAccountStore
{
    /// <summary>Adds <paramref name="account"/>; false when its e-mail (normalised) or athlete is already taken.</summary>
    Task<bool> AddAsync(Account account, CancellationToken cancellationToken = default);

    /// <summary>Replaces the stored account with the same id; false when there is none.</summary>
    Task<bool> UpdateAsync(Account account, CancellationToken cancellationToken = default);

    Task<Account?> FindByIdAsync(string id, CancellationToken cancellationToken = default);

    Task<Account?> FindByNormalizedEmailAsync(string normalizedEmail, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);
}
