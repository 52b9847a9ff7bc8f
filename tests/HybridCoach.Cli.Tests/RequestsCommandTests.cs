using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// A check-in's request reaches the coach's inbox, the coach answers it with `coach answer`, and the athlete sees the
/// answer in `coach summary`, `coach session` and `coach state`; "feeling strong" always says what it did or why not.
/// </summary>
public class RequestsCommandTests
{
    private static async Task<CliRun> Run(TempDirectory dir, string date, params string[] args) => await CliRun.RunAsync(["--data-dir", dir.Path, "--date", date, .. args]);

    [Fact]
    public async Task Request_InboxAnswerShownToAthlete_AnsweredOnce()
    {
        using var dir = new TempDirectory();
        await Run(dir, "2026-05-20", "demo", "--months", "3");
        await Run(dir, "2026-05-20", "plan", "generate");
        var checkIn = (await Run(dir, "2026-05-24", "checkin", "--week", "2026-05-18", "--effort", "5", "--fatigue", "4",
            "--request", "Can the long run be on Saturday?", "--json")).Json();
        var alert = Assert.Single(checkIn.GetProperty("escalations").EnumerateArray(), e => e.GetProperty("kind").GetString() == "athlete_request");
        var id = alert.GetProperty("id").GetString()!;
        Assert.Equal(5, alert.GetProperty("urgency").GetInt32());
        var inbox = (await Run(dir, "2026-05-24", "inbox", "--json")).Json().GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(inbox, i => i.GetProperty("id").GetString() == id && i.GetProperty("kind").GetString() == "athlete_request");
        var waiting = (await Run(dir, "2026-05-24", "summary", "--json")).Json().GetProperty("requests")[0];
        Assert.Equal(("Can the long run be on Saturday?", false), (waiting.GetProperty("request").GetString(), waiting.GetProperty("answered").GetBoolean()));
        Assert.Contains("is waiting for your coach's answer", (await Run(dir, "2026-05-24", "session", "2026-05-25")).Stdout, StringComparison.Ordinal);

        var answered = (await Run(dir, "2026-05-24", "answer", id, "Yes: from next week the long run is on Saturday", "--by", "Maria", "--json")).Json();
        Assert.Equal(("Maria", true), (answered.GetProperty("answered_by").GetString(), answered.GetProperty("answered").GetBoolean()));
        var session = (await Run(dir, "2026-05-25", "session", "2026-05-25", "--json")).Json().GetProperty("requests")[0];
        Assert.Equal("Yes: from next week the long run is on Saturday", session.GetProperty("answer").GetString());
        Assert.Contains("Maria answered \"Yes: from next week the long run is on Saturday\"", (await Run(dir, "2026-05-25", "summary")).Stdout, StringComparison.Ordinal);
        Assert.Equal("Maria", (await Run(dir, "2026-05-25", "state", "--json")).Json().GetProperty("recent_requests")[0].GetProperty("answered_by").GetString());
        Assert.DoesNotContain((await Run(dir, "2026-05-25", "inbox", "--json")).Json().GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == id);

        var again = await Run(dir, "2026-05-25", "answer", id, "twice");
        Assert.Equal(ExitCodes.Conflict, again.ExitCode);
        Assert.Contains($"REQUEST {id}: already answered by Maria", again.Stderr, StringComparison.Ordinal);
        // Two weeks on, the request is no longer shown.
        Assert.Equal(0, (await Run(dir, "2026-06-08", "summary", "--json")).Json().GetProperty("requests").GetArrayLength());
    }

    [Theory]
    [InlineData("answer e9 yes", "REQUEST 'e9': no such item", 3)]
    [InlineData("answer p1 yes", "REQUEST 'p1': not a request", 1)]
    [InlineData("answer e1 yes", "REQUEST e1: a medical red flag alert, not a request", 1)]
    public async Task Answer_NotARequest_RefusedNamingIt(string command, string message, int exit)
    {
        using var dir = new TempDirectory();
        await Run(dir, "2026-05-20", "checkin", "--week", "2026-05-18", "--effort", "5", "--fatigue", "5", "--notes", "I fainted after the intervals");
        var result = await Run(dir, "2026-05-20", command.Split(' '));
        Assert.Equal(exit, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4", "", "microcycle 2 45.8 → 46.4 km (at most +5 %, within the 8 % growth limit and the ACWR ceiling 1.30)")] // the plan grows 6 % into it: room for 1.3 % more
    [InlineData("7", "", "not this week: fatigue 7/10; a step up needs fatigue under 6/10")]
    [InlineData("3", "calf:left:2", "not this week: a calf niggle was reported, and a step up waits for a week without one")]
    public async Task FeelingStrong_AlwaysAnswered(string fatigue, string niggle, string expected)
    {
        using var dir = new TempDirectory();
        await Run(dir, "2026-05-20", "demo", "--months", "3");
        await Run(dir, "2026-05-20", "plan", "generate");
        string[] args = ["checkin", "--week", "2026-05-18", "--effort", "5", "--fatigue", fatigue, "--feeling-strong", "--json"];
        if (niggle.Length > 0) args = [.. args, "--niggle", niggle];
        var result = (await Run(dir, "2026-05-24", args)).Json();
        Assert.Equal(expected, result.GetProperty("feeling_strong").GetString());
    }
}
