using HybridCoach.Application.Accounts;
using Microsoft.AspNetCore.Identity;

namespace HybridCoach.Web.Accounts;

/// <summary>
/// ASP.NET Core Identity's user store over <see cref="IAccountStore"/>: the user name is the e-mail address, the
/// password is kept as Identity's hash, lockout is always on. Each new account gets its own athlete (its id), so
/// its data lives in a store of its own.
/// </summary>
public sealed class AccountUserStore(IAccountStore accounts) :
    IUserPasswordStore<WebUser>, IUserEmailStore<WebUser>, IUserSecurityStampStore<WebUser>, IUserLockoutStore<WebUser>
{
    public async Task<IdentityResult> CreateAsync(WebUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.Athlete = "web-" + user.Id;
        return await accounts.AddAsync(ToAccount(user), cancellationToken)
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "DuplicateEmail", Description = $"An account for {user.Email} exists already." });
    }

    public async Task<IdentityResult> UpdateAsync(WebUser user, CancellationToken cancellationToken) =>
        await accounts.UpdateAsync(ToAccount(user), cancellationToken) ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "NotFound", Description = "The account no longer exists." });

    public async Task<IdentityResult> DeleteAsync(WebUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await accounts.DeleteAsync(user.Id, cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<WebUser?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        ToUser(await accounts.FindByIdAsync(userId, cancellationToken));

    public async Task<WebUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        ToUser(await accounts.FindByNormalizedEmailAsync(normalizedUserName, cancellationToken));

    public async Task<WebUser?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        ToUser(await accounts.FindByNormalizedEmailAsync(normalizedEmail, cancellationToken));

    public Task<string> GetUserIdAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult(user.Id);
    public Task<string?> GetUserNameAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.Email);
    public Task SetUserNameAsync(WebUser user, string? userName, CancellationToken cancellationToken) => Set(() => user.Email = userName ?? "");
    public Task<string?> GetNormalizedUserNameAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult(user.NormalizedEmail);
    public Task SetNormalizedUserNameAsync(WebUser user, string? normalizedName, CancellationToken cancellationToken) => Set(() => user.NormalizedEmail = normalizedName);
    public Task SetPasswordHashAsync(WebUser user, string? passwordHash, CancellationToken cancellationToken) => Set(() => user.PasswordHash = passwordHash);
    public Task<string?> GetPasswordHashAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash);
    public Task<bool> HasPasswordAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash is not null);
    public Task SetEmailAsync(WebUser user, string? email, CancellationToken cancellationToken) => Set(() => user.Email = email ?? "");
    public Task<string?> GetEmailAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.Email);
    public Task<bool> GetEmailConfirmedAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult(true);
    public Task SetEmailConfirmedAsync(WebUser user, bool confirmed, CancellationToken cancellationToken) => Task.CompletedTask;
    public Task<string?> GetNormalizedEmailAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult(user.NormalizedEmail);
    public Task SetNormalizedEmailAsync(WebUser user, string? normalizedEmail, CancellationToken cancellationToken) => Set(() => user.NormalizedEmail = normalizedEmail);
    public Task SetSecurityStampAsync(WebUser user, string stamp, CancellationToken cancellationToken) => Set(() => user.SecurityStamp = stamp);
    public Task<string?> GetSecurityStampAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult(user.SecurityStamp);
    public Task<DateTimeOffset?> GetLockoutEndDateAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEndUtc);
    public Task SetLockoutEndDateAsync(WebUser user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken) => Set(() => user.LockoutEndUtc = lockoutEnd);
    public Task<int> IncrementAccessFailedCountAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult(++user.AccessFailedCount);
    public Task ResetAccessFailedCountAsync(WebUser user, CancellationToken cancellationToken) => Set(() => user.AccessFailedCount = 0);
    public Task<int> GetAccessFailedCountAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult(user.AccessFailedCount);
    public Task<bool> GetLockoutEnabledAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult(true);
    public Task SetLockoutEnabledAsync(WebUser user, bool enabled, CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
    }

    private static Task Set(Action apply)
    {
        apply();
        return Task.CompletedTask;
    }

    private static Account ToAccount(WebUser u) => new(u.Id, u.Email, u.NormalizedEmail ?? u.Email.ToUpperInvariant(), u.PasswordHash ?? "",
        u.SecurityStamp ?? "", u.Athlete, u.AccessFailedCount, u.LockoutEndUtc, u.CreatedAtUtc);

    private static WebUser? ToUser(Account? a) => a is null ? null : new WebUser
    {
        Id = a.Id, Email = a.Email, NormalizedEmail = a.NormalizedEmail, PasswordHash = a.PasswordHash, SecurityStamp = a.SecurityStamp,
        Athlete = a.Athlete, AccessFailedCount = a.AccessFailedCount, LockoutEndUtc = a.LockoutEndUtc, CreatedAtUtc = a.CreatedAtUtc,
    };
}
