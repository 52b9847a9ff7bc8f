using System.Text.Json;
using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// The coaching commands end to end on `coach demo --date 2026-05-20 --months 3` + `coach plan generate` (threshold
/// 4:22/km; the plan starts Thursday 2026-05-21 with a strides session), plus a second athlete, ben, in the same data dir.
/// </summary>
public class CoachingCommandTests
{
    private const string AsOf = "2026-05-20";
    private const string Tomorrow = "2026-05-21";

    private static IEnumerable<JsonElement> Leaves(JsonElement steps) => steps.EnumerateArray()
        .SelectMany(s => s.GetProperty("steps").GetArrayLength() > 0 ? Leaves(s.GetProperty("steps")) : [s]);

    private static double FastestPace(JsonElement day) => Leaves(day.GetProperty("steps"))
        .Where(s => s.GetProperty("pace_fast_s_per_km").ValueKind == JsonValueKind.Number)
        .Select(s => s.GetProperty("pace_fast_s_per_km").GetDouble()).DefaultIfEmpty(double.PositiveInfinity).Min();

    private static async Task<CliRun> Ok(Func<string[], Task<CliRun>> run, params string[] args)
    {
        var result = await run(args);
        Assert.True(result.ExitCode == 0, $"{string.Join(' ', args)}: {result.Stderr}");
        return result;
    }

    [Fact]
    public async Task Season_CheckInAdjustInboxVersions_EndToEnd()
    {
        using var dir = new TempDirectory();
        Task<CliRun> Run(string[] args) => CliRun.RunAsync(["--data-dir", dir.Path, "--date", AsOf, .. args]);
        await Ok(Run, "demo", "--months", "3");
        await Ok(Run, "plan", "generate");

        // A check-in with a red flag in the notes → a medical_red_flag alert, urgency 1.
        var checkIn = (await Ok(Run, "checkin", "--week", "2026-05-18", "--effort", "6", "--fatigue", "7", "--niggle", "calf:left:3",
            "--notes", "Had some chest pain on the long run", "--json")).Json();
        var alert = Assert.Single(checkIn.GetProperty("escalations").EnumerateArray());
        Assert.Equal(("medical_red_flag", 1), (alert.GetProperty("kind").GetString(), alert.GetProperty("urgency").GetInt32()));

        // ben reports a knee niggle three weeks running → repeated_soreness, urgency 3, in the same inbox.
        foreach (var week in new[] { "2026-05-04", "2026-05-11", "2026-05-18" })
            await Ok(Run, "--athlete", "ben", "checkin", "--week", week, "--effort", "5", "--fatigue", "5", "--niggle", "knee:right:2");
        var inbox = (await Ok(Run, "inbox", "--json")).Json().GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(("default", "medical_red_flag", "e1"), (inbox[0].GetProperty("athlete").GetString(), inbox[0].GetProperty("kind").GetString(), inbox[0].GetProperty("id").GetString()));
        var ben = Assert.Single(inbox, i => i.GetProperty("athlete").GetString() == "ben");
        Assert.Equal(("repeated_soreness", 3, "ben:e1"), (ben.GetProperty("kind").GetString(), ben.GetProperty("urgency").GetInt32(), ben.GetProperty("ref").GetString()));
        Assert.Equal(3, ben.GetProperty("evidence").GetArrayLength());
        var urgencies = inbox.Select(i => i.GetProperty("urgency").GetInt32()).ToList();
        Assert.Equal(urgencies.Order(), urgencies);

        // Adjust tomorrow's session: the replacement is never harder (load and paces at most the original's).
        var adjust = (await Ok(Run, "adjust", Tomorrow, "--reason", "legs heavy", "--json")).Json();
        var (original, replacement) = (adjust.GetProperty("original"), adjust.GetProperty("replacement"));
        Assert.True(adjust.GetProperty("never_harder").GetBoolean());
        Assert.Equal(("strides", "recovery"), (original.GetProperty("type").GetString(), replacement.GetProperty("type").GetString()));
        Assert.True(adjust.GetProperty("replacement_load").GetDouble() <= adjust.GetProperty("original_load").GetDouble());
        Assert.True(replacement.GetProperty("duration_s").GetDouble() <= original.GetProperty("duration_s").GetDouble());
        Assert.True(FastestPace(replacement) >= FastestPace(original), $"{FastestPace(replacement)} vs {FastestPace(original)} s/km");

        // One open request per session.
        var second = await Run(["adjust", Tomorrow, "--reason", "still tired"]);
        Assert.Equal(ExitCodes.Conflict, second.ExitCode);
        Assert.Equal($"coach: date {Tomorrow}: adjustment a1 is already open for this session; accept or reject it first", Assert.Single(second.StderrLines));

        // Accept → auto-applied (easier replacement) as version 2, the day replaced.
        var accepted = (await Ok(Run, "adjust", Tomorrow, "accept", "--json")).Json();
        Assert.Equal(("accepted", "auto_apply", 2), (accepted.GetProperty("status").GetString(),
            accepted.GetProperty("outcome").GetProperty("route").GetString(), accepted.GetProperty("outcome").GetProperty("applied_version").GetInt32()));
        var versions = (await Ok(Run, "plan", "versions", "--json")).Json();
        Assert.Equal(2, versions.GetProperty("version_count").GetInt32());
        Assert.Equal("adjustment a1", versions.GetProperty("versions")[1].GetProperty("source").GetString());
        var week1 = (await Ok(Run, "plan", "show", "--week", "1", "--json")).Json().GetProperty("microcycles")[0];
        var day = week1.GetProperty("days").EnumerateArray().Single(d => d.GetProperty("date").GetString() == Tomorrow);
        Assert.Equal(("recovery", replacement.GetProperty("distance_m").GetDouble()), (day.GetProperty("type").GetString(), day.GetProperty("distance_m").GetDouble()));
        var diff = Assert.Single((await Ok(Run, "plan", "diff", "--json")).Json().GetProperty("days").EnumerateArray());
        Assert.Equal((Tomorrow, "softened", "adjusted on request: legs heavy"), (diff.GetProperty("date").GetString(), diff.GetProperty("kind").GetString(), diff.GetProperty("reason").GetString()));

        // Restore version 1 → version 3 with tomorrow's strides back.
        var restored = (await Ok(Run, "plan", "restore", "1", "--json")).Json();
        Assert.Equal((3, 1), (restored.GetProperty("new_version").GetInt32(), restored.GetProperty("changed_days").GetInt32()));
        Assert.Equal("template", restored.GetProperty("narrative_source").GetString());
        var restoreRecord = (await Ok(Run, "audit", "narration", restored.GetProperty("narration_audit_id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--json")).Json();
        Assert.Equal(("adaptation_diff", "plan_version:3", restored.GetProperty("narrative").GetString()),
            (restoreRecord.GetProperty("purpose").GetString(), restoreRecord.GetProperty("reference").GetString(), restoreRecord.GetProperty("text").GetString()));
        Assert.Equal(0, (await Ok(Run, "plan", "diff", "--from", "1", "--to", "3", "--json")).Json().GetProperty("changed_days").GetInt32());

        // A new request after the first was decided, rejected by id: the plan stays at version 3.
        Assert.Equal("a2", (await Ok(Run, "adjust", Tomorrow, "--reason", "only 20 min", "--json")).Json().GetProperty("id").GetString());
        Assert.Equal("rejected", (await Ok(Run, "adjust", "reject", "a2", "--json")).Json().GetProperty("status").GetString());
        Assert.Equal(3, (await Ok(Run, "plan", "versions", "--json")).Json().GetProperty("version_count").GetInt32());

        // The coach acknowledges the red flag, recorded with who and why; twice is an error.
        var ack = (await Ok(Run, "approve", "default:e1", "--by", "Maria", "--edit", "called him, GP on Friday", "--json")).Json();
        Assert.Equal(("acknowledged", "Maria", "called him, GP on Friday"), (ack.GetProperty("status").GetString(), ack.GetProperty("decided_by").GetString(), ack.GetProperty("reason").GetString()));
        var again = await Run(["approve", "e1"]);
        Assert.Equal((ExitCodes.Conflict, "coach: id e1: already acknowledged by Maria"), (again.ExitCode, Assert.Single(again.StderrLines)));
        // Left: ben's alert and the calf niggle's adaptation (the long run swapped for cross-training cuts more than
        // 10 %, so it waits as a suggestion).
        var left = (await Ok(Run, "inbox", "--json")).Json().GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("ref").GetString(), i.GetProperty("kind").GetString())).OrderBy(i => i.Item1).ToList();
        Assert.Equal([("ben:e1", "repeated_soreness"), ("default:p1", "proposal:adaptation")], left);
    }

    [Theory]
    [InlineData(1, "coach: --niggle 'calf-left': expected site:side:severity, e.g. calf:left:3 (side left, right, both or central; severity 0-10)", "checkin", "--week", "2026-05-18", "--effort", "6", "--fatigue", "7", "--niggle", "calf-left")]
    [InlineData(1, "coach: --niggle 'calf:up:3': side 'up' is not left, right, both or central", "checkin", "--week", "2026-05-18", "--effort", "6", "--fatigue", "7", "--niggle", "calf:up:3")]
    [InlineData(1, "coach: --effort '11': expected a whole number from 1 to 10", "checkin", "--week", "2026-05-18", "--effort", "11", "--fatigue", "7")]
    [InlineData(1, "coach: --add-race 'City 10K': expected date,name,distance,priority, e.g. \"2026-07-05,City 10K,10k,B\"", "checkin", "--week", "2026-05-18", "--effort", "6", "--fatigue", "7", "--add-race", "City 10K")]
    [InlineData(3, "coach: id p99: no such proposal", "approve", "p99")]
    [InlineData(3, "coach: athlete 'zoe': no such athlete in {dir} (see `coach athletes`)", "reject", "zoe:p1", "--reason", "no")]
    [InlineData(1, "coach: --reason: required; say why the change is rejected", "reject", "p1")]
    [InlineData(3, "coach: no plan yet: generate one first", "adjust", "2026-05-21", "--reason", "tired")]
    public async Task BadInput_OneLineError(int exit, string expected, params string[] args)
    {
        using var dir = new TempDirectory();
        await Ok(a => CliRun.RunAsync(["--data-dir", dir.Path, .. a]), "--date", AsOf, "signals", "add", "--resting-hr", "50");

        var run = await CliRun.RunAsync(["--data-dir", dir.Path, "--date", AsOf, .. args]);

        Assert.Equal(exit, run.ExitCode);
        Assert.Equal(expected.Replace("{dir}", dir.Path, StringComparison.Ordinal), Assert.Single(run.StderrLines));
    }
}
