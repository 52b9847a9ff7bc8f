using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace HybridCoach.Web.Accounts;

/// <summary>
/// Sends the reset link by e-mail through the configured SMTP server (MailKit). A server that cannot be reached or
/// refuses the message is logged as an error (the page answers the same as ever, so it tells nobody whether the
/// address has an account); the link itself is not logged.
/// </summary>
public sealed partial class SmtpPasswordResetSender(SmtpSettings settings, ILogger<SmtpPasswordResetSender> logger) : IPasswordResetSender
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public string Delivery => "by e-mail";

    public async Task SendAsync(string email, Uri link, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, settings.Security, cancellationToken);
            if (settings.UserName is { } user) await client.AuthenticateAsync(user, settings.Password ?? "", cancellationToken);
            await client.SendAsync(ResetMessage(email, link), cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            LogSent(logger, email, settings.Host);
        }
        catch (Exception error) when (error is IOException or SocketException or ProtocolException or CommandException or AuthenticationException or TimeoutException)
        {
            LogFailed(logger, error, email, settings.Host, settings.Port);
        }
    }

    private MimeMessage ResetMessage(string email, Uri link)
    {
        var message = new MimeMessage { Subject = "Reset your HybridCoach password" };
        message.From.Add(settings.From);
        message.To.Add(new MailboxAddress("", email));
        message.Body = new TextPart("plain")
        {
            Text = $"""
                Someone asked to reset the password of your HybridCoach account ({email}).

                Open this link within a day to choose a new password (it works once):

                {link.AbsoluteUri}

                If it was not you, ignore this e-mail: your password stays as it is.
                """,
        };
        return message;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Password reset for {Email}: link sent by mail through {Host}")]
    private static partial void LogSent(ILogger logger, string email, string host);

    [LoggerMessage(Level = LogLevel.Error, Message = "Password reset for {Email}: the mail could not be sent through {Host}:{Port}")]
    private static partial void LogFailed(ILogger logger, Exception error, string email, string host, int port);
}
