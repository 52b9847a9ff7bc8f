using System.Net;
using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>
/// Accounts (issue 16 item 3) and the athlete scope: pages need a signed-in account, every form needs the page's
/// antiforgery token, and an account sees and changes only its own athlete's data.
/// </summary>
public sealed class AccountsAndIsolationTests : IDisposable
{
    private readonly CoachWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/Today")]
    [InlineData("/Upload")]
    public async Task Pages_Anonymous_RedirectToSignIn(string page)
    {
        using var nobody = _factory.Session();

        var (status, _, location) = await nobody.GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.StartsWith("http://localhost/Account/SignIn?ReturnUrl=" + Uri.EscapeDataString(page), location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignUp_ThenToday_ShowsTheCallForAnEmptyHistory()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");

        var (status, body, _) = await ana.GetAsync("/Today");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("NEEDS_MORE_DATA", WebSession.TestId(body, "recommendation"));
        Assert.Contains("You have logged 0 activities in the last 14 days", WebSession.Text(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutTheAntiforgeryToken_IsRefused()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");

        using var response = await ana.Client.PostAsync("/Today?handler=Signals", new FormUrlEncodedContent(new Dictionary<string, string> { ["PainSite"] = "knee" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SignUp_ShortPasswordOrTakenEmail_SaysWhyAndMakesNoAccount()
    {
        using var ana = _factory.Session();
        var (_, shortBody, _) = await ana.PostFormAsync("/Account/SignUp", "/Account/SignUp",
            new Dictionary<string, string> { ["Email"] = "ana@example.com", ["Password"] = "short1" });
        Assert.Contains("Passwords must be at least 10 characters.", WebSession.Text(shortBody), StringComparison.Ordinal);

        await ana.SignUpAsync("ana@example.com");
        using var impostor = _factory.Session();
        var (status, takenBody, _) = await impostor.PostFormAsync("/Account/SignUp", "/Account/SignUp",
            new Dictionary<string, string> { ["Email"] = "ANA@example.com", ["Password"] = "another-pass-9" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("is already taken", WebSession.Text(takenBody), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LockTheAccount_EvenForTheRightOne()
    {
        using (var ana = _factory.Session()) await ana.SignUpAsync("ana@example.com");
        using var attacker = _factory.Session();
        for (var i = 0; i < 5; i++)
        {
            var (_, body, _) = await attacker.PostFormAsync("/Account/SignIn", "/Account/SignIn",
                new Dictionary<string, string> { ["Email"] = "ana@example.com", ["Password"] = $"guess-number-{i}" });
            Assert.Contains(i < 4 ? "E-mail or password is not right." : "locked for 15 minutes", WebSession.Text(body), StringComparison.Ordinal);
        }

        using var owner = _factory.Session();
        var (status, lockedBody, _) = await owner.PostFormAsync("/Account/SignIn", "/Account/SignIn",
            new Dictionary<string, string> { ["Email"] = "ana@example.com", ["Password"] = "correct-horse-7" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("locked for 15 minutes", WebSession.Text(lockedBody), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_ThenToday_AsksToSignInAgain()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");

        var (status, _, location) = await ana.PostFormAsync("/Today", "/Account/SignOut", new Dictionary<string, string>());
        var after = await ana.GetAsync("/Today");

        Assert.Equal((HttpStatusCode.Redirect, "/Account/SignIn"), (status, location));
        Assert.Equal(HttpStatusCode.Redirect, after.Status);
    }

    [Fact]
    public async Task Upload_ImportsIntoTheAccountsOwnAthlete_AnotherAccountSeesNone()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");
        using var ben = _factory.Session();
        await ben.SignUpAsync("ben@example.com");
        var yesterday = DateTimeOffset.UtcNow.Date.AddDays(-1).AddHours(7);

        var (status, body) = await ana.UploadAsync(("morning.fit", Runs.Fit(yesterday, 10, 300)), ("notes.txt", "not an activity"u8.ToArray()));

        Assert.Equal(HttpStatusCode.OK, status);
        var report = WebSession.Text(body);
        Assert.Contains("Imported 1, duplicates 0, failed 1, skipped 0", report, StringComparison.Ordinal);
        Assert.Contains("morning.fit imported run ", report, StringComparison.Ordinal);
        Assert.Contains("10.00 km", report, StringComparison.Ordinal);
        Assert.Contains("notes.txt failed", report, StringComparison.Ordinal);
        Assert.Contains("1 activities in the last 14 days; 2 more needed", WebSession.Text((await ana.GetAsync("/Today")).Body), StringComparison.Ordinal);
        Assert.Contains("0 activities in the last 14 days; 3 more needed", WebSession.Text((await ben.GetAsync("/Today")).Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signals_Pain_HoldsTheAthleteBack_OnTheirPageOnly()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");
        using var ben = _factory.Session();
        await ben.SignUpAsync("ben@example.com");

        var (status, _, location) = await ana.PostFormAsync("/Today", "/Today?handler=Signals", new Dictionary<string, string> { ["PainSite"] = "knee" });

        Assert.Equal((HttpStatusCode.Redirect, "/Today"), (status, location));
        Assert.Equal("FULL_REST", WebSession.TestId((await ana.GetAsync("/Today")).Body, "recommendation"));
        Assert.Equal("NEEDS_MORE_DATA", WebSession.TestId((await ben.GetAsync("/Today")).Body, "recommendation"));
    }

    [Fact]
    public async Task Signals_OutOfRange_NamesTheFieldAndStoresNothing()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");

        var (status, body, _) = await ana.PostFormAsync("/Today", "/Today?handler=Signals", new Dictionary<string, string> { ["RestingHrBpm"] = "300" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("resting_hr_bpm", WebSession.Text(body), StringComparison.Ordinal);
        Assert.Equal("NEEDS_MORE_DATA", WebSession.TestId((await ana.GetAsync("/Today")).Body, "recommendation"));
    }

    [Fact]
    public async Task ActivityPages_ShowOwnActivities_AndAnotherAccountsIdIsNotFound()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");
        using var ben = _factory.Session();
        await ben.SignUpAsync("ben@example.com");
        await ana.UploadAsync(("morning.fit", Runs.Fit(DateTimeOffset.UtcNow.Date.AddDays(-1).AddHours(7), 10, 300)));

        var list = await ana.GetAsync("/Activities");
        var detail = await ana.GetAsync("/Activities/1");
        var bensList = await ben.GetAsync("/Activities");
        var bensTry = await ben.GetAsync("/Activities/1");

        Assert.Contains("10.00 km 50:00 5:00/km 145", WebSession.Text(list.Body), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, detail.Status);
        Assert.Contains("\"unit\":\"km\",\"distance\":[0,", detail.Body, StringComparison.Ordinal);
        Assert.Contains("No activities yet.", WebSession.Text(bensList.Body), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, bensTry.Status);
    }

    [Fact]
    public async Task Fitness_AsOfADate_ReadsOnlyTheAccountsOwnLoads()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");
        using var ben = _factory.Session();
        await ben.SignUpAsync("ben@example.com");
        var day = new DateTimeOffset(2026, 5, 19, 7, 0, 0, TimeSpan.Zero);
        await ana.UploadAsync(("a.fit", Runs.Fit(day, 10, 300)), ("b.fit", Runs.Fit(day.AddDays(-2), 8, 330)));

        var anas = WebSession.Text((await ana.GetAsync("/Fitness?asOf=2026-05-20&days=28")).Body);
        var earlier = WebSession.Text((await ana.GetAsync("/Fitness?asOf=2026-05-10&days=28")).Body);
        var bens = WebSession.Text((await ben.GetAsync("/Fitness?asOf=2026-05-20&days=28")).Body);

        Assert.Contains("2 activities", anas, StringComparison.Ordinal);
        Assert.Contains("On 2026-05-20", anas, StringComparison.Ordinal);
        Assert.Contains("Last 7 days 18.0 km", anas, StringComparison.Ordinal);
        Assert.Contains("Last 7 days 0.0 km", earlier, StringComparison.Ordinal);
        Assert.Contains("0 activities", bens, StringComparison.Ordinal);
    }
}
