using System.Net;
using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>Races and the plan calendar (issue 16 item 4): a race added, a plan generated towards it, the calendar shown to its owner only.</summary>
public sealed class PlanPagesTests : IDisposable
{
    private readonly CoachWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task RaceThenGenerate_CalendarOfTheOwner_AnotherAccountHasNone()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");
        using var ben = _factory.Session();
        await ben.SignUpAsync("ben@example.com");
        var today = DateTimeOffset.UtcNow.Date;
        await ana.UploadAsync([.. Enumerable.Range(0, 21).Select(i => ($"run-{i}.fit", Runs.Fit(today.AddDays(-1 - 2 * i).AddHours(7), i % 3 == 0 ? 14 : 9, 330, 142)))]);
        var raceDay = DateOnly.FromDateTime(today.AddDays(70)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var (noRaceStatus, noRace, _) = await ana.PostFormAsync("/Plan", "/Plan", new Dictionary<string, string>());
        var (raceStatus, _, _) = await ana.PostFormAsync("/Races", "/Races",
            new Dictionary<string, string> { ["Date"] = raceDay, ["Name"] = "City Half", ["Distance"] = "half", ["Priority"] = "A" });
        var (generated, _, location) = await ana.PostFormAsync("/Plan", "/Plan", new Dictionary<string, string>());
        var calendar = await ana.GetAsync("/Plan");

        Assert.Equal(HttpStatusCode.OK, noRaceStatus);
        Assert.Contains("race", WebSession.Text(noRace.Split("role=\"alert\"")[1]), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, raceStatus);
        Assert.Equal((HttpStatusCode.Redirect, "/Plan"), (generated, location));
        Assert.Contains("Version 1 · moderate · towards City Half on " + raceDay, WebSession.Text(calendar.Body), StringComparison.Ordinal);
        Assert.InRange(calendar.Body.Split("data-compliance=").Length - 1, 60, 80);
        Assert.Contains("data-compliance=\"upcoming\"", calendar.Body, StringComparison.Ordinal);
        Assert.Matches(@"Week 1 · base · \d+ \w+–\d+ \w+ .* planned \d+\.\d km, done 0\.0 km, \d hard", WebSession.Text(calendar.Body));
        Assert.Contains("Week 10 · race", WebSession.Text(calendar.Body), StringComparison.Ordinal);
        Assert.Contains("City Half", WebSession.Text((await ana.GetAsync("/Races")).Body), StringComparison.Ordinal);
        Assert.Contains("No plan yet.", WebSession.Text((await ben.GetAsync("/Plan")).Body), StringComparison.Ordinal);
        Assert.Contains("No races yet.", WebSession.Text((await ben.GetAsync("/Races")).Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Race_Removed_ByItsOwnerOnly()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");
        using var ben = _factory.Session();
        await ben.SignUpAsync("ben@example.com");
        await ana.PostFormAsync("/Races", "/Races", new Dictionary<string, string> { ["Date"] = "2027-04-11", ["Name"] = "Spring 10", ["Distance"] = "10k", ["Priority"] = "B" });
        var action = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match((await ana.GetAsync("/Races")).Body, "action=\"([^\"]*handler=Remove[^\"]*)\"").Groups[1].Value);

        var (benStatus, _, _) = await ben.PostFormAsync("/Races", action, new Dictionary<string, string>());
        var stillThere = WebSession.Text((await ana.GetAsync("/Races")).Body);
        var (status, _, location) = await ana.PostFormAsync("/Races", action, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, benStatus);
        Assert.Contains("Spring 10", stillThere, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, "/Races"), (status, location));
        Assert.Contains("No races yet.", WebSession.Text((await ana.GetAsync("/Races")).Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Race_BadDistance_NamesTheInput_StoresNothing()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");

        var (status, body, _) = await ana.PostFormAsync("/Races", "/Races",
            new Dictionary<string, string> { ["Date"] = "2027-04-11", ["Name"] = "Spring 10", ["Distance"] = "ten miles-ish", ["Priority"] = "B" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("distance 'ten miles-ish'", WebSession.Text(body), StringComparison.Ordinal);
        Assert.Contains("No races yet.", WebSession.Text(body), StringComparison.Ordinal);
    }
}
