using System.Text.Json;
using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// Adaptation diffs and escalation alerts narrated where they happen, and the narration audit, end to end on
/// `coach demo --date 2026-05-20 --months 3` + `coach plan generate` with the template narrator (no model configured).
/// The narrator's wording is not asserted (it belongs to the narrative layer); its source, the audit record and the
/// subject's figures are — figures checked against the command's own change list, not against the narrator.
/// </summary>
public class NarrationCommandTests
{
    private const string AsOf = "2026-05-20";

    private static async Task<CliRun> Ok(Func<string[], Task<CliRun>> run, params string[] args)
    {
        var result = await run(args);
        Assert.True(result.ExitCode == 0, $"{string.Join(' ', args)}: {result.Stderr}");
        return result;
    }

    private static double Distance(JsonElement change, string side) =>
        change.GetProperty(side) is { ValueKind: JsonValueKind.Object } s ? s.GetProperty("distance_m").GetDouble() : 0;

    private static void AssertTemplateNarration(JsonElement json)
    {
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("narrative").GetString()));
        Assert.Equal("template", json.GetProperty("narrative_source").GetString());
        Assert.True(json.GetProperty("narration_audit_id").GetInt64() >= 1);
    }

    [Fact]
    public async Task CheckInApproveDiffInboxAudit_NarratedAndAudited()
    {
        using var dir = new TempDirectory();
        Task<CliRun> Run(string[] args) => CliRun.RunAsync(["--data-dir", dir.Path, "--date", AsOf, .. args]);
        await Ok(Run, "demo", "--months", "3");
        await Ok(Run, "plan", "generate");

        // Fatigue 9 and a calf niggle: the adaptation (a load cut of more than 10 %) is suggested to the athlete as p1, narrated as proposal:p1.
        var checkIn = (await Ok(Run, "checkin", "--week", "2026-05-18", "--effort", "7", "--fatigue", "9", "--niggle", "calf:left:4", "--json")).Json();
        var adaptation = checkIn.GetProperty("adaptation");
        Assert.Equal(("suggest_to_athlete", "p1"), (adaptation.GetProperty("route").GetString(), adaptation.GetProperty("proposal_id").GetString()));
        AssertTemplateNarration(adaptation);
        var changes = adaptation.GetProperty("changes").EnumerateArray().ToList();

        // The check-in's weekly review names the proposal as waiting (not as a change made) and is on file as week:2026-05-18.
        var review = checkIn.GetProperty("weekly_summary");
        Assert.Equal("2026-05-18", review.GetProperty("week_start").GetString());
        Assert.Equal([$"p1 waiting (suggest_to_athlete): {changes.Count} day(s) to change"],
            review.GetProperty("pending_changes").EnumerateArray().Select(l => l.GetString()));
        Assert.DoesNotContain(review.GetProperty("plan_changes").EnumerateArray(), l => l.GetString()!.StartsWith("p1", StringComparison.Ordinal));
        Assert.Equal((9, 7), (review.GetProperty("wellbeing").GetProperty("check_in").GetProperty("fatigue").GetInt32(),
            review.GetProperty("wellbeing").GetProperty("check_in").GetProperty("effort").GetInt32()));
        var reviewRecord = (await Ok(Run, "audit", "narration", review.GetProperty("narration_audit_id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--json")).Json();
        Assert.Equal(("weekly_summary", "week:2026-05-18", review.GetProperty("narrative").GetString()), (reviewRecord.GetProperty("purpose").GetString(),
            reviewRecord.GetProperty("reference").GetString(), reviewRecord.GetProperty("text").GetString()));
        Assert.Contains("waits for a decision", review.GetProperty("narrative").GetString(), StringComparison.Ordinal);
        var proposalRecord = (await Ok(Run, "audit", "narration", adaptation.GetProperty("narration_audit_id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--json")).Json();
        Assert.Equal(("adaptation_diff", "proposal:p1"), (proposalRecord.GetProperty("purpose").GetString(), proposalRecord.GetProperty("reference").GetString()));
        Assert.Equal(adaptation.GetProperty("narrative").GetString(), proposalRecord.GetProperty("text").GetString());

        // The athlete approves: version 2, narrated as plan_version:2 with every changed day and the distances.
        var approved = (await Ok(Run, "approve", "p1", "--by", "athlete", "--json")).Json();
        Assert.Equal(2, approved.GetProperty("applied_version").GetInt64());
        AssertTemplateNarration(approved);
        var record = (await Ok(Run, "audit", "narration", approved.GetProperty("narration_audit_id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--json")).Json();
        Assert.Equal(("adaptation_diff", "plan_version:2", "template", false), (record.GetProperty("purpose").GetString(), record.GetProperty("reference").GetString(),
            record.GetProperty("source").GetString(), record.GetProperty("fallback_used").GetBoolean()));
        var subject = record.GetProperty("subject");
        Assert.Equal((1L, 2L, "proposal p1", "suggest_to_athlete", "approved by athlete"), (subject.GetProperty("from_version").GetInt64(),
            subject.GetProperty("to_version").GetInt64(), subject.GetProperty("source").GetString(), subject.GetProperty("route").GetString(),
            subject.GetProperty("route_reason").GetString()));
        Assert.Equal(changes.Select(c => c.GetProperty("date").GetString()), subject.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("date").GetString()));
        Assert.Equal(changes.Select(c => c.GetProperty("kind").GetString()), subject.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("kind").GetString()));
        Assert.Equal(changes.Sum(c => Distance(c, "before")), subject.GetProperty("distance_before_m").GetDouble(), 6);
        Assert.Equal(changes.Sum(c => Distance(c, "after")), subject.GetProperty("distance_after_m").GetDouble(), 6);
        // The same net load change the oversight policy routed on ("load_reduction.large: load -18.0 % …").
        var policyPct = double.Parse(System.Text.RegularExpressions.Regex.Match(adaptation.GetProperty("route_reason").GetString()!, @"load (-?\d+\.\d) %").Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(policyPct, subject.GetProperty("load_change_pct").GetDouble(), 6);
        Assert.True(policyPct < -10, $"a cut of more than 10 % is suggested, not applied: {policyPct}");
        Assert.Equal(JsonValueKind.Null, record.GetProperty("provider").ValueKind);

        // `plan diff 1 2 --narrate`: the same days, narrated as plan_version:2 under the table and in JSON.
        var diff = (await Ok(Run, "plan", "diff", "1", "2", "--narrate", "--json")).Json();
        Assert.Equal(changes.Count, diff.GetProperty("changed_days").GetInt32());
        AssertTemplateNarration(diff);
        var human = await Ok(Run, "plan", "diff", "1", "2", "--narrate");
        Assert.Contains("(template, narration", human.Stdout, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, (await Ok(Run, "plan", "diff", "1", "2", "--json")).Json().GetProperty("narrative").ValueKind);

        // "chest pain when running" → a medical red flag, its alert narrated for the coach quoting the athlete's words.
        var redFlag = (await Ok(Run, "checkin", "--week", "2026-05-11", "--effort", "5", "--fatigue", "5", "--notes", "chest pain when running", "--json")).Json();
        var alert = Assert.Single(redFlag.GetProperty("escalations").EnumerateArray());
        Assert.Equal(("e1", "medical_red_flag", 1), (alert.GetProperty("id").GetString(), alert.GetProperty("kind").GetString(), alert.GetProperty("urgency").GetInt32()));
        AssertTemplateNarration(alert);
        var alertId = alert.GetProperty("narration_audit_id").GetInt64();

        var inboxAlert = (await Ok(Run, "inbox", "--json")).Json().GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "e1");
        Assert.Equal((alert.GetProperty("narrative").GetString(), alertId), (inboxAlert.GetProperty("narrative").GetString(), inboxAlert.GetProperty("narration_audit_id").GetInt64()));

        var listed = (await Ok(Run, "audit", "narrations", "--purpose", "escalation_alert", "--json")).Json();
        var only = Assert.Single(listed.GetProperty("narrations").EnumerateArray());
        Assert.Equal((alertId, "escalation:e1", "2026-05-11", "template", false), (only.GetProperty("id").GetInt64(), only.GetProperty("reference").GetString(),
            only.GetProperty("narrated_for").GetString(), only.GetProperty("source").GetString(), only.GetProperty("fallback_used").GetBoolean()));
        var alertSubject = (await Ok(Run, "audit", "narration", alertId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json")).Json().GetProperty("subject");
        Assert.Equal(("Demo Runner", "e1", "medical_red_flag", 1), (alertSubject.GetProperty("athlete").GetString(), alertSubject.GetProperty("alert_id").GetString(),
            alertSubject.GetProperty("kind").GetString(), alertSubject.GetProperty("urgency").GetInt32()));
        Assert.Equal(["chest pain"], alertSubject.GetProperty("athlete_quotes").EnumerateArray().Select(q => q.GetString()));
        Assert.Equal(["chest pain", "Demo Runner"], alertSubject.GetProperty("athlete_text").EnumerateArray().Select(q => q.GetString()));

        // The whole list, newest first; --limit 1 keeps the newest.
        var all = (await Ok(Run, "audit", "narrations", "--json")).Json().GetProperty("narrations").EnumerateArray().ToList();
        Assert.Equal(all.Select(n => n.GetProperty("id").GetInt64()).OrderDescending(), all.Select(n => n.GetProperty("id").GetInt64()));
        Assert.Equal(["proposal:p1", "plan_version:2"], all.Select(n => n.GetProperty("reference").GetString()).Where(r => r is "proposal:p1" or "plan_version:2").Distinct().Reverse());
        var newest = Assert.Single((await Ok(Run, "audit", "narrations", "--limit", "1", "--json")).Json().GetProperty("narrations").EnumerateArray());
        Assert.Equal(all[0].GetProperty("id").GetInt64(), newest.GetProperty("id").GetInt64());
    }

    [Theory]
    [InlineData(3, "coach: narration id 999: no such narration (see `coach audit narrations`)", "audit", "narration", "999")]
    [InlineData(1, "coach: narration id 'x1': expected a positive whole number", "audit", "narration", "x1")]
    [InlineData(1, "coach: --purpose 'daily': not a narration purpose; expected one of daily_explanation, pep_talk, weekly_summary, session_note, adaptation_diff, escalation_alert", "audit", "narrations", "--purpose", "daily")]
    [InlineData(1, "coach: --limit 0: expected 1 to 100000", "audit", "narrations", "--limit", "0")]
    public async Task Audit_BadInput_OneClearLine(int exit, string expected, params string[] args)
    {
        using var dir = new TempDirectory();
        var run = await CliRun.RunAsync(["--data-dir", dir.Path, "--date", AsOf, .. args]);
        Assert.Equal(exit, run.ExitCode);
        Assert.Equal(expected, Assert.Single(run.StderrLines));
        Assert.Equal("", run.Stdout);
    }
}
