namespace HybridCoach.Web.Accounts;

/// <summary>
/// Writes the reset link to the server log (warning level, so it shows with default settings): a self-hosted
/// instance without mail gives the link to its owner through the console. With a mail server configured,
/// <see cref="SmtpPasswordResetSender"/> sends it instead.
/// </summary>
public sealed partial class LoggedPasswordResetSender(ILogger<LoggedPasswordResetSender> logger) : IPasswordResetSender
{
    public string Delivery => "on this server it is written to the server's log: ask the person who runs it";

    public Task SendAsync(string email, Uri link, CancellationToken cancellationToken)
    {
        LogLink(logger, email, link);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password reset for {Email}: open {Link} (valid for one day, once)")]
    private static partial void LogLink(ILogger logger, string email, Uri link);
}
