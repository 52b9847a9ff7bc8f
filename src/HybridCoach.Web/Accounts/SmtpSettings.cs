using MailKit.Security;
using MimeKit;

namespace HybridCoach.Web.Accounts;

/// <summary>
/// The mail server that sends password-reset links, from configuration (`HybridCoach:Smtp:*`, e.g. the environment
/// variables `HybridCoach__Smtp__Host`…). Absent host: no mail, the links go to the server log. Security is
/// `starttls` (default: refused when the server cannot upgrade), `tls` (TLS from the first byte, usually port 465) or
/// `none` (only for a relay on the same machine).
/// </summary>
public sealed record SmtpSettings(string Host, int Port, MailboxAddress From, string? UserName, string? Password, SecureSocketOptions Security)
{
    public const string Section = "HybridCoach:Smtp";
    public const int DefaultPort = 587;

    /// <summary>The settings, or null when no host is configured; a clear error naming the key for a bad value.</summary>
    public static SmtpSettings? Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        if (string.IsNullOrWhiteSpace(section["Host"])) return null;
        var port = section["Port"] is { } text
            ? int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var p) && p is > 0 and < 65536 ? p : throw Invalid("Port", text, "expected a port number, 1–65535")
            : DefaultPort;
        var from = section["From"] is { } address && MailboxAddress.TryParse(address, out var mailbox) && mailbox.Address.Contains('@', StringComparison.Ordinal)
            ? mailbox
            : throw Invalid("From", section["From"], "expected the sender's e-mail address, e.g. \"HybridCoach <coach@example.org>\"");
        var user = NullIfEmpty(section["UserName"]);
        var password = NullIfEmpty(section["Password"]);
        if (password is not null && user is null) throw Invalid("UserName", null, "a password is set without a user name");
        return new SmtpSettings(section["Host"]!.Trim(), port, from, user, password, ReadSecurity(section["Security"]));
    }

    private static SecureSocketOptions ReadSecurity(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "starttls" => SecureSocketOptions.StartTls,
        "tls" => SecureSocketOptions.SslOnConnect,
        "none" => SecureSocketOptions.None,
        _ => throw Invalid("Security", text, "expected starttls, tls or none"),
    };

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static InvalidOperationException Invalid(string key, string? value, string reason) =>
        new($"{Section}:{key} '{value}': {reason}");
}
