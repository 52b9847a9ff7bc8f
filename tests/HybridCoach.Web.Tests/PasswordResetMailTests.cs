using System.Net;
using System.Text.RegularExpressions;
using MimeKit;
using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>
/// Reset links by SMTP when a mail server is configured (issue 16 item 3): the mail reaches the account's address with
/// a link on the configured public address — never on a Host header the request made up — and the link works; a
/// server that is down changes nothing the page says; bad settings stop the start with the key named.
/// </summary>
public sealed partial class PasswordResetMailTests
{
    private static Dictionary<string, string> Mail(int port, string? publicUrl = "https://coach.example.org", string security = "none") => new()
    {
        ["HybridCoach:Smtp:Host"] = "127.0.0.1", ["HybridCoach:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["HybridCoach:Smtp:Security"] = security, ["HybridCoach:Smtp:From"] = "HybridCoach <coach@example.org>",
        ["HybridCoach:PublicUrl"] = publicUrl ?? "",
    };

    [Fact]
    public async Task ResetMail_LinkOnThePublicAddress_NotTheRequestsHost_AndItWorks()
    {
        await using var smtp = new FakeSmtpServer();
        using var factory = new CoachWebFactory(settings: Mail(smtp.Port));
        using (var ana = factory.Session()) await ana.SignUpAsync("ana@example.com");
        using var forgetful = factory.Session();
        forgetful.Client.DefaultRequestHeaders.Host = "evil.example";

        var (status, page, _) = await forgetful.PostFormAsync("/Account/ForgotPassword", "/Account/ForgotPassword", new Dictionary<string, string> { ["Email"] = "ana@example.com" });
        var (to, data) = await smtp.NextAsync(TimeSpan.FromSeconds(30));
        var message = await MimeMessage.LoadAsync(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(data)));
        var link = new Uri(ResetLink().Match(message.TextBody ?? "").Value);
        forgetful.Client.DefaultRequestHeaders.Host = null;
        var (reset, _, location) = await forgetful.PostFormAsync(link.PathAndQuery, "/Account/ResetPassword", new Dictionary<string, string>
        {
            ["Email"] = "ana@example.com", ["Token"] = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query)["token"].ToString(), ["Password"] = "brand-new-pass-3",
        });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("If an account uses that address, a link to set a new password is on its way (by e-mail).", WebSession.Text(page), StringComparison.Ordinal);
        Assert.Equal("ana@example.com", to);
        Assert.Equal(("Reset your HybridCoach password", "coach@example.org", "ana@example.com"),
            (message.Subject, message.From.Mailboxes.Single().Address, message.To.Mailboxes.Single().Address));
        Assert.Equal("coach.example.org", link.Host);
        Assert.Equal("https", link.Scheme);
        Assert.DoesNotContain("evil.example", data, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, "/Account/SignIn"), (reset, location));
        using var again = factory.Session();
        var (_, _, signedIn) = await again.PostFormAsync("/Account/SignIn", "/Account/SignIn", new Dictionary<string, string> { ["Email"] = "ana@example.com", ["Password"] = "brand-new-pass-3" });
        Assert.Equal("/Today", signedIn);
    }

    [Fact]
    public async Task UnknownAddress_NoMail_AndAServerThatIsDown_TheSameAnswer()
    {
        await using var smtp = new FakeSmtpServer();
        using var factory = new CoachWebFactory(settings: Mail(smtp.Port));
        using var nobody = factory.Session();
        var closed = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var deadPort = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        using var down = new CoachWebFactory(settings: Mail(deadPort));
        using (var ana = down.Session()) await ana.SignUpAsync("ana@example.com");
        using var forgetful = down.Session();

        var (_, unknown, _) = await nobody.PostFormAsync("/Account/ForgotPassword", "/Account/ForgotPassword", new Dictionary<string, string> { ["Email"] = "nobody@example.com" });
        var (status, known, _) = await forgetful.PostFormAsync("/Account/ForgotPassword", "/Account/ForgotPassword", new Dictionary<string, string> { ["Email"] = "ana@example.com" });

        Assert.False(smtp.Any);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(WebSession.TestIdFree(unknown), WebSession.TestIdFree(known));
    }

    [Theory]
    [InlineData("HybridCoach:PublicUrl", "", "HybridCoach:PublicUrl is not set: with mail configured")]
    [InlineData("HybridCoach:PublicUrl", "coach.example.org", "HybridCoach:PublicUrl 'coach.example.org': expected an absolute http(s) address")]
    [InlineData("HybridCoach:Smtp:Security", "ssl3", "HybridCoach:Smtp:Security 'ssl3': expected starttls, tls or none")]
    [InlineData("HybridCoach:Smtp:Port", "99999", "HybridCoach:Smtp:Port '99999': expected a port number, 1–65535")]
    [InlineData("HybridCoach:Smtp:From", "not an address", "HybridCoach:Smtp:From 'not an address': expected the sender's e-mail address")]
    public void BadMailSetting_StopsTheStart_NamingTheKey(string key, string value, string expected)
    {
        var settings = Mail(2525);
        settings[key] = value;
        using var factory = new CoachWebFactory(settings: settings);

        Assert.Contains(expected, StartFailure.Of(factory), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https?://\S+/Account/ResetPassword\?\S+")]
    private static partial Regex ResetLink();
}
