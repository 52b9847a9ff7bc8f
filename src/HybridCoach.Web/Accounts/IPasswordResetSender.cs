namespace HybridCoach.Web.Accounts;

/// <summary>Delivers a password-reset link to the account's owner.</summary>
public interface IPasswordResetSender
{
    /// <summary>Where the link goes, as the page tells the person asking ("by e-mail", "to the server's log").</summary>
    string Delivery { get; }

    Task SendAsync(string email, Uri link, CancellationToken cancellationToken);
}
