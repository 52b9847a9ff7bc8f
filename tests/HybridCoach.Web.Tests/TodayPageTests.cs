using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>
/// Today and the session page opened again and again: the day's audit record and narrations are reused while nothing
/// they were made from changed, and a new decision is made (and recorded) the moment a signal arrives.
/// </summary>
public sealed partial class TodayPageTests : IDisposable
{
    private readonly CoachWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Today_OpenedAgain_ReusesTheRecord_NewSignals_DecideAgain()
    {
        using var ana = await PlannedAthlete.CreateAsync(_factory, "ana@example.com");

        var first = AuditId((await ana.GetAsync("/Today")).Body);
        var second = AuditId((await ana.GetAsync("/Today")).Body);
        using var api = await ana.Client.GetAsync("/api/today");
        var apiId = System.Text.Json.JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("audit_id").GetInt64();
        await ana.PostFormAsync("/Today", "/Today?handler=Signals", new Dictionary<string, string> { ["PainSite"] = "shin" });
        var afterPain = await ana.GetAsync("/Today");

        Assert.Equal(first, second);
        Assert.Equal(first, apiId);
        Assert.True(AuditId(afterPain.Body) > first, $"{AuditId(afterPain.Body)} after {first}");
        Assert.Equal("FULL_REST", WebSession.TestId(afterPain.Body, "recommendation"));
    }

    [Fact]
    public async Task Signals_EveryField_IllnessBelowTheNeckRests_AndTheFormShowsWhatIsStored()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");

        var (status, _, location) = await ana.PostFormAsync("/Today", "/Today?handler=Signals", new Dictionary<string, string>
        {
            ["RestingHrBpm"] = "52", ["HrvRmssdMs"] = "61.5", ["SleepHours"] = "6.5", ["SleepQuality"] = "2", ["Soreness"] = "4",
            ["SoreSites"] = "Calf=5, hamstring=3", ["PainSite"] = "", ["Illness"] = "BelowNeck", ["LifeStress"] = "4", ["Motivation"] = "2",
            ["Note"] = "fever since last night",
        });
        var page = (await ana.GetAsync("/Today")).Body;
        var (_, twice, _) = await ana.PostFormAsync("/Today", "/Today?handler=Signals", new Dictionary<string, string> { ["SoreSites"] = "calf=5, calf=3" });
        using var stored = await ana.Client.GetAsync("/api/today");

        Assert.Equal((HttpStatusCode.Redirect, "/Today"), (status, location));
        Assert.Equal("FULL_REST", WebSession.TestId(page, "recommendation"));
        Assert.Contains("illness", WebSession.TestId(page, "fired"), StringComparison.Ordinal);
        Assert.Contains("Today's signals are recorded", WebSession.Text(page), StringComparison.Ordinal);
        foreach (var value in new[] { "value=\"52\"", "value=\"61.5\"", "value=\"6.5\"", "value=\"calf=5, hamstring=3\"", "<option value=\"BelowNeck\" selected=\"selected\">" })
            Assert.Contains(value, page, StringComparison.Ordinal);
        Assert.Matches(">\\s*fever since last night</textarea>", page);
        Assert.Contains("sore sites 'calf=3': that site is given twice", WebSession.Text(twice), StringComparison.Ordinal);
        Assert.Equal("FULL_REST", System.Text.Json.JsonDocument.Parse(await stored.Content.ReadAsStringAsync()).RootElement.GetProperty("recommendation").GetString());
    }

    [Fact]
    public async Task SessionPage_OpenedAgain_ReusesItsNarration()
    {
        using var ana = await PlannedAthlete.CreateAsync(_factory, "ana@example.com");
        var day = PlannedAthlete.SessionDays((await ana.GetAsync("/Plan")).Body)[^1].ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var first = NarrationId((await ana.GetAsync("/Plan/Session/" + day)).Body);
        var second = NarrationId((await ana.GetAsync("/Plan/Session/" + day)).Body);

        Assert.Equal(first, second);
    }

    private static long AuditId(string html) => long.Parse(AuditRecord().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static long NarrationId(string html) => long.Parse(NarrationRecord().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Audit record (\d+)")]
    private static partial Regex AuditRecord();

    [GeneratedRegex(@"Narration (\d+) ·")]
    private static partial Regex NarrationRecord();
}
