using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>
/// API tokens (issue 16 item 5): made on the page and shown once, a script calls `/api` with one as the account (and
/// only the account), uploads without an antiforgery token, and is refused the moment it is revoked; a made-up token,
/// and the pages, get nothing.
/// </summary>
public sealed partial class ApiTokenTests : IDisposable
{
    private readonly CoachWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Token_CallsTheApiAsTheAccount_UntilRevoked()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");
        using var ben = _factory.Session();
        await ben.SignUpAsync("ben@example.com");
        await ana.UploadAsync(("morning.fit", Runs.Fit(DateTimeOffset.UtcNow.Date.AddDays(-1).AddHours(7), 10, 300)));

        var (_, made, _) = await ana.PostFormAsync("/ApiTokens", "/ApiTokens?handler=Create", new Dictionary<string, string> { ["Name"] = "garmin bridge" });
        var token = Token().Match(made).Value;
        using var script = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var activities = await script.GetFromJsonAsync<JsonElement>("/api/activities");
        using var upload = new MultipartFormDataContent { { new ByteArrayContent(Runs.Fit(DateTimeOffset.UtcNow.Date.AddDays(-2).AddHours(7), 6, 330)), "files", "easy.fit" } };
        using var uploaded = await script.PostAsync("/api/uploads", upload);
        var job = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        using var page = await script.GetAsync("/Today");
        var listed = (await ana.GetAsync("/ApiTokens")).Body;
        var bensView = (await ben.GetAsync("/ApiTokens")).Body;
        var revoke = RevokeAction().Match(listed).Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        var (benRevokes, _, _) = await ben.PostFormAsync("/ApiTokens", revoke, new Dictionary<string, string>());
        using var stillWorks = await script.GetAsync("/api/today");
        var (revoked, _, _) = await ana.PostFormAsync("/ApiTokens", revoke, new Dictionary<string, string>());
        using var afterRevoke = await script.GetAsync("/api/today");
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "hc_" + new string('A', 43));
        using var madeUp = await script.GetAsync("/api/today");

        Assert.Matches("^hc_[A-Za-z0-9_-]{43}$", token);
        Assert.Equal(1, activities.GetProperty("count").GetInt32());
        Assert.Equal(HttpStatusCode.Accepted, uploaded.StatusCode);
        Assert.Equal(1, job.GetProperty("report").GetProperty("imported").GetInt32());
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("garmin bridge", WebSession.Text(listed), StringComparison.Ordinal);
        Assert.DoesNotContain(token, listed, StringComparison.Ordinal);
        Assert.DoesNotContain("garmin bridge", bensView, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, benRevokes);
        Assert.Equal(HttpStatusCode.OK, stillWorks.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, revoked);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
        Assert.Equal("Bearer", afterRevoke.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Unauthorized, madeUp.StatusCode);
    }

    [Fact]
    public async Task CookieUpload_WithoutTheAntiforgeryToken_IsRefused_AndAnEmptyNameIsNamed()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");

        using var upload = new MultipartFormDataContent { { new ByteArrayContent(Runs.Fit(DateTimeOffset.UtcNow.Date.AddDays(-2).AddHours(7), 6, 330)), "files", "easy.fit" } };
        using var refused = await ana.Client.PostAsync("/api/uploads", upload);
        var (_, empty, _) = await ana.PostFormAsync("/ApiTokens", "/ApiTokens?handler=Create", new Dictionary<string, string> { ["Name"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("antiforgery", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("The Name field is required.", WebSession.Text(empty), StringComparison.Ordinal);
        Assert.Equal(0, (await ana.Client.GetFromJsonAsync<JsonElement>("/api/activities")).GetProperty("count").GetInt32());
    }

    [GeneratedRegex("hc_[A-Za-z0-9_-]{43}")]
    private static partial Regex Token();

    [GeneratedRegex("action=\"(/ApiTokens\\?[^\"]*handler=Revoke[^\"]*)\"")]
    private static partial Regex RevokeAction();
}
