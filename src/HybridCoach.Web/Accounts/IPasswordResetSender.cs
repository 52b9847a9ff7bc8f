namespace HybridCoach.Web.Accounts;

/// <summary>Delivers a password-reset link to the account's owner.</summary>
public interface IPasswordResetSender
{
    Task SendAsync(string email, Uri link, CancellationToken cancellationToken);
}
