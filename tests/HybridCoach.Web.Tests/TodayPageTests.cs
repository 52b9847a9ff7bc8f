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
