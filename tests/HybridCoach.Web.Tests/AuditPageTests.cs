using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>
/// The Audit pages (issue 16 item 4): the recorded calls with the hash chain verified, one record with every guardrail,
/// its replay ("identical"), the athlete's own call in the journal and the agreement it gives; only the owner's.
/// </summary>
public sealed partial class AuditPageTests : IDisposable
{
    private readonly CoachWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Decision_Listed_Shown_ReplaysIdentical_AndAnotherAccountCannotOpenIt()
    {
        using var ana = await PlannedAthlete.CreateAsync(_factory, "ana@example.com");
        using var ben = _factory.Session();
        await ben.SignUpAsync("ben@example.com");
        var today = await ana.GetAsync("/Today");
        var call = WebSession.TestId(today.Body, "recommendation");
        var id = RecordLink().Match(today.Body).Groups[1].Value;

        var list = await ana.GetAsync("/Audit");
        var record = await ana.GetAsync("/Audit/" + id);
        var (replayStatus, replay, _) = await ana.PostFormAsync("/Audit/" + id, $"/Audit/{id}?handler=Replay", new Dictionary<string, string> { ["recordedSettings"] = "true" });
        var (benStatus, _, _) = await ben.GetAsync("/Audit/" + id);

        Assert.Matches(@"^Hash chain intact: [1-9]\d* decisions and [1-9]\d* narrations chained\.$", WebSession.TestId(list.Body, "chain"));
        Assert.Contains($"href=\"/Audit/{id}\"", list.Body, StringComparison.Ordinal);
        Assert.Equal(call, WebSession.TestId(record.Body, "recorded-call"));
        Assert.True(Regex.Matches(record.Body.Split("data-testid=\"outcomes\"")[1], "<tr>").Count >= 10, "every guardrail has a row");
        Assert.Equal(HttpStatusCode.OK, replayStatus);
        Assert.Equal($"Identical: the engine decides {call} again with the recorded settings.", WebSession.TestId(replay, "replay"));
        Assert.Equal(HttpStatusCode.NotFound, benStatus);
    }

    [Fact]
    public async Task Journal_MyCall_GivesTheAgreement_ABadCallIsNamed()
    {
        using var ana = await PlannedAthlete.CreateAsync(_factory, "ana@example.com");
        var today = await ana.GetAsync("/Today");
        var call = WebSession.TestId(today.Body, "recommendation");
        var day = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var (badStatus, bad, _) = await ana.PostFormAsync("/Audit", "/Audit?handler=Journal", new Dictionary<string, string> { ["JournalDate"] = day, ["MyCall"] = "SPRINT" });
        var (status, _, location) = await ana.PostFormAsync("/Audit", "/Audit?handler=Journal",
            new Dictionary<string, string> { ["JournalDate"] = day, ["MyCall"] = call, ["Note"] = "felt fine" });
        var after = await ana.GetAsync("/Audit");

        Assert.Equal(HttpStatusCode.OK, badStatus);
        Assert.Contains("my call 'SPRINT': expected one of", WebSession.Text(bad), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, "/Audit"), (status, location));
        Assert.Contains($"{day} {call} felt fine", WebSession.Text(after.Body), StringComparison.Ordinal);
        Assert.StartsWith("On 1 day(s) with both your call and the engine's, you agreed on 1 (100", WebSession.TestId(after.Body, "agreement"), StringComparison.Ordinal);
    }

    [GeneratedRegex("href=\"/Audit/(\\d+)\"")]
    private static partial Regex RecordLink();
}
