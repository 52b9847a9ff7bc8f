using System.Net;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>
/// Password reset by link (issue 16 item 3): the page answers alike for known and unknown addresses, the link sets a
/// new password once, and the old password stops working.
/// </summary>
public sealed class PasswordResetTests : IDisposable
{
    private readonly CoachWebFactory _factory = new();
    private readonly CapturingSender _sent = new();
    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _app;

    public PasswordResetTests() =>
        _app = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordResetSender>(_sent)));

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }

    private WebSession Session() => new(_app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    [Fact]
    public async Task ResetLink_SetsANewPasswordOnce_OldOneStops()
    {
        using (var ana = Session()) await ana.SignUpAsync("ana@example.com");
        using var forgetful = Session();

        var (_, known, _) = await forgetful.PostFormAsync("/Account/ForgotPassword", "/Account/ForgotPassword", new Dictionary<string, string> { ["Email"] = "ana@example.com" });
        var (_, unknown, _) = await forgetful.PostFormAsync("/Account/ForgotPassword", "/Account/ForgotPassword", new Dictionary<string, string> { ["Email"] = "nobody@example.com" });
        var link = Assert.Single(_sent.Links);
        Assert.Equal(WebSession.TestIdFree(known), WebSession.TestIdFree(unknown));

        var resetPage = link.PathAndQuery;
        var fields = new Dictionary<string, string> { ["Email"] = "ana@example.com", ["Token"] = Query(link, "token"), ["Password"] = "brand-new-pass-3" };
        var (status, _, location) = await forgetful.PostFormAsync(resetPage, "/Account/ResetPassword", fields);
        var (_, again, _) = await forgetful.PostFormAsync(resetPage, "/Account/ResetPassword", fields);

        Assert.Equal((HttpStatusCode.Redirect, "/Account/SignIn"), (status, location));
        Assert.Contains("not valid or was used already", WebSession.Text(again), StringComparison.Ordinal);
        Assert.Contains("E-mail or password is not right.", WebSession.Text((await SignInAsync("correct-horse-7")).Body), StringComparison.Ordinal);
        Assert.Equal("/Today", (await SignInAsync("brand-new-pass-3")).Location);
    }

    private async Task<(HttpStatusCode Status, string Body, string? Location)> SignInAsync(string password)
    {
        using var session = Session();
        return await session.PostFormAsync("/Account/SignIn", "/Account/SignIn", new Dictionary<string, string> { ["Email"] = "ana@example.com", ["Password"] = password });
    }

    private static string Query(Uri link, string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query)[name].ToString();

    private sealed class CapturingSender : IPasswordResetSender
    {
        public List<Uri> Links { get; } = [];

        public string Delivery => "captured by the test";

        public Task SendAsync(string email, Uri link, CancellationToken cancellationToken)
        {
            lock (Links) Links.Add(link);
            return Task.CompletedTask;
        }
    }
}
