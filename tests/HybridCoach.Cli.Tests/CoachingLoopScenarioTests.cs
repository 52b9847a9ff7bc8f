using System.Text.Json;
using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// The coaching loop end to end, as a runner and her coach use it over three weeks, for two athletes in one data
/// directory (`coach demo --months 3` + `coach plan generate` each; the plan starts 2026-05-21):
/// - default: a red flag in a check-in note (cleared by the coach after 4 days), pain in an activity note (cleared),
///   a "no hard sessions" hold placed and lifted, two unavailable days and a request from a check-in, answered by the coach;
/// - ben: a "no running" hold until a date, then pain reported in the morning signals (cleared), a coach edit
///   (a cancelled session) followed by a regeneration with a new target, held for the coach and approved.
/// At the end every stored plan version of both athletes passes every invariant check.
/// Every day, for both, `coach today`, `coach session` and `coach state` must agree: the session in force is the one
/// the call allows, the session command shows the same session and call as today, and a call held back by a flag
/// names a flag that `coach state` and `coach inbox` show. Exports put the session in force on the calendar.
/// </summary>
public class CoachingLoopScenarioTests
{
    private const string First = "2026-05-21";
    private const int Days = 21;

    private static readonly HashSet<string> RunningTypes = ["easy", "recovery", "long", "tempo", "cruise_intervals", "vo2_intervals", "race_pace", "hills",
        "strides", "fartlek", "run_walk", "race"];

    private sealed record DayCheck(string Athlete, string Date, string Call, JsonElement Session, IReadOnlyList<string> Fired);

    [Fact]
    public async Task Month_TwoAthletes_CallSessionStateAndInboxAgreeEveryDay()
    {
        using var dir = new TempDirectory();
        Task<CliRun> Run(string athlete, string date, params string[] args) => Ok(["--data-dir", dir.Path, "--athlete", athlete, "--date", date, .. args]);
        foreach (var athlete in new[] { "default", "ben" })
        {
            await Run(athlete, "2026-05-20", "demo", "--months", "3");
            await Run(athlete, "2026-05-20", "plan", "generate");
        }

        var checks = new List<DayCheck>();
        for (var i = 0; i < Days; i++)
        {
            var date = DateOnly.Parse(First, System.Globalization.CultureInfo.InvariantCulture).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            await EventsOf(date, Run, dir.Path);
            foreach (var athlete in new[] { "default", "ben" }) checks.Add(await AgreeAsync(athlete, date, Run));
        }

        // The events reached the call: red flag days rest, pain days do not run, the hold keeps quality out, unavailable days are rest.
        string CallOn(string athlete, string date) => checks.Single(c => c.Athlete == athlete && c.Date == date).Call;
        Assert.All(new[] { "2026-05-22", "2026-05-23", "2026-05-24", "2026-05-25" }, d => Assert.Equal("FULL_REST", CallOn("default", d)));
        Assert.Contains("medical_red_flag_open", checks.Single(c => c.Athlete == "default" && c.Date == "2026-05-23").Fired);
        Assert.All(new[] { "2026-05-27", "2026-05-28" }, d => Assert.Equal("CROSS_TRAIN_OR_REST", CallOn("default", d)));
        Assert.All(new[] { "2026-06-08", "2026-06-09" }, d => Assert.Equal("FULL_REST", CallOn("default", d)));
        Assert.Contains("unavailable_day", checks.Single(c => c.Athlete == "default" && c.Date == "2026-06-08").Fired);
        Assert.All(checks.Where(c => c.Athlete == "default" && string.CompareOrdinal(c.Date, "2026-05-30") >= 0 && string.CompareOrdinal(c.Date, "2026-06-04") <= 0),
            c => Assert.Contains("coach_hold", c.Fired));
        Assert.All(checks.Where(c => c.Athlete == "default" && string.CompareOrdinal(c.Date, "2026-06-05") >= 0), c => Assert.DoesNotContain("coach_hold", c.Fired));
        Assert.All(new[] { "2026-05-24", "2026-05-27" }, d => Assert.Equal("CROSS_TRAIN_OR_REST", CallOn("ben", d)));
        Assert.Equal("FULL_REST", CallOn("ben", "2026-06-01"));
        Assert.Equal("CROSS_TRAIN_OR_REST", CallOn("ben", "2026-06-02"));
        Assert.DoesNotContain("pain_report_open", checks.Single(c => c.Athlete == "ben" && c.Date == "2026-06-05").Fired);

        // The coach's answer reached the athlete; every stored plan version of both athletes is valid.
        var answered = (await Run("default", "2026-06-02", "summary", "--json")).Json().GetProperty("requests")[0];
        Assert.Equal(("Can the long run be on Saturday?", "Yes, from next week"), (answered.GetProperty("request").GetString(), answered.GetProperty("answer").GetString()));
        foreach (var athlete in new[] { "default", "ben" })
        {
            var versions = (await Run(athlete, "2026-06-10", "plan", "versions", "--json")).Json().GetProperty("versions").EnumerateArray().ToList();
            Assert.True(versions.Count > 1, $"{athlete}: {versions.Count} version(s)");
            Assert.All(versions, v => Assert.Equal(0, v.GetProperty("violation_count").GetInt32()));
        }
        Assert.Equal("rest", checks.Single(c => c.Athlete == "ben" && c.Date == "2026-06-06").Session.GetProperty("type").GetString());

        // Every narration the month produced — daily calls, pep talks, weekly reviews, plan changes on every route, alerts — reads right.
        foreach (var athlete in new[] { "default", "ben" })
        {
            var texts = await NarrationsAsync(athlete, "2026-06-10", Run);
            Assert.True(texts.Count > 40, $"{athlete}: {texts.Count} narrations");
            foreach (var (what, text) in texts)
                Assert.True(NarrationReadability.Problems(text) is [], $"{athlete} {what}: {string.Join("; ", NarrationReadability.Problems(text))} — {text}");
        }
    }

    /// <summary>Every narration on file for the athlete (the narration audit) and every daily call's narrative (the decision audit).</summary>
    private static async Task<List<(string What, string Text)>> NarrationsAsync(string athlete, string date, Func<string, string, string[], Task<CliRun>> run)
    {
        var texts = new List<(string, string)>();
        foreach (var item in (await run(athlete, date, ["audit", "narrations", "--limit", "1000", "--json"])).Json().GetProperty("narrations").EnumerateArray())
        {
            var id = item.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
            texts.Add(($"narration {id} {item.GetProperty("purpose").GetString()}", (await run(athlete, date, ["audit", "narration", id, "--json"])).Json().GetProperty("text").GetString()!));
        }
        foreach (var item in (await run(athlete, date, ["audit", "list", "--limit", "1000", "--json"])).Json().GetProperty("decisions").EnumerateArray())
        {
            var id = item.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
            texts.Add(($"decision {id}", (await run(athlete, date, ["audit", "show", id, "--json"])).Json().GetProperty("narrative").GetString()!));
        }
        return texts;
    }

    /// <summary>What happens on each day, before the morning's call.</summary>
    private static async Task EventsOf(string date, Func<string, string, string[], Task<CliRun>> run, string dataDir)
    {
        switch (date)
        {
            case "2026-05-22":
                var checkIn = (await run("default", date, ["checkin", "--week", "2026-05-18", "--effort", "5", "--fatigue", "4", "--notes", "chest pain and felt dizzy on the tempo", "--json"])).Json();
                Assert.Contains(checkIn.GetProperty("escalations").EnumerateArray(), e => e.GetProperty("kind").GetString() == "medical_red_flag");
                var inbox = (await run("default", date, ["inbox", "--json"])).Json().GetProperty("items").EnumerateArray().ToList();
                Assert.Equal(("default", "medical_red_flag", 1), (inbox[0].GetProperty("athlete").GetString(), inbox[0].GetProperty("kind").GetString(), inbox[0].GetProperty("urgency").GetInt32()));
                var export = (await run("default", date, ["plan", "export", "--ics", Path.Combine(dataDir, "held.ics"), "--json"])).Json();
                Assert.All(export.GetProperty("changed_by_call").EnumerateArray(), c => Assert.Equal("FULL_REST", c.GetProperty("call").GetString()));
                var starts = File.ReadAllLines(Path.Combine(dataDir, "held.ics")).Where(l => l.StartsWith("DTSTART", StringComparison.Ordinal)).Select(l => l[^8..]).ToList();
                Assert.Equal(["20260521"], starts); // only the day before the red flag keeps its session; every day after is rest
                Assert.True(export.GetProperty("changed_by_call").GetArrayLength() > 50);
                break;
            case "2026-05-23":
                // The coach cancels a session (a locked plan version), then a new target is asked for: held for the coach, who approves it.
                var cancelled = (await run("ben", date, ["plan", "cancel", "2026-06-06", "--reason", "family day", "--json"])).Json();
                Assert.Equal(["2026-06-06"], cancelled.GetProperty("locked").EnumerateArray().Select(d => d.GetString()).ToList());
                var held = (await run("ben", date, ["plan", "generate", "--target-time", "1:45:00", "--json"])).Json();
                Assert.Equal(("coach_approval", JsonValueKind.Null), (held.GetProperty("route").GetString(), held.GetProperty("version").ValueKind));
                Assert.Contains("2026-06-06", held.GetProperty("carried_days").EnumerateArray().Select(d => d.GetString()));
                var proposal = held.GetProperty("proposal").GetString()!;
                Assert.Contains((await run("ben", date, ["inbox", "--json"])).Json().GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == proposal);
                await run("ben", date, ["approve", proposal, "--by", "Maria"]);
                break;
            case "2026-05-24":
                await run("ben", date, ["hold", "place", "--kind", "no-running", "--until", "2026-05-30", "--reason", "shin check after the half"]);
                break;
            case "2026-05-26":
                await run("default", date, ["flag", "clear", "e1", "--reason", "ECG normal, cleared by cardiology"]);
                await run("default", date, ["activity", "add", "--distance", "8km", "--duration", "44:00", "--avg-hr", "140"]);
                var latest = (await run("default", date, ["activities", "--json"])).Json().GetProperty("activities")[0].GetProperty("id").GetInt64();
                var note = (await run("default", date, ["activity", "note", latest.ToString(System.Globalization.CultureInfo.InvariantCulture), "sharp pain in my left calf, limping home", "--json"])).Json();
                var pain = Assert.Single(note.GetProperty("alerts").EnumerateArray());
                Assert.Equal("pain_flag", pain.GetProperty("kind").GetString());
                var again = (await run("default", date, ["signals", "add", "--sleep-hours", "7", "--json"])).Json();
                Assert.Equal(0, again.GetProperty("alerts").GetArrayLength()); // the same report is raised once
                break;
            case "2026-05-29":
                var flag = (await run("default", date, ["state", "--json"])).Json().GetProperty("flags").EnumerateArray().Single();
                Assert.Equal(("pain", "left_calf"), (flag.GetProperty("kind").GetString(), flag.GetProperty("site").GetString()));
                await run("default", date, ["flag", "clear", flag.GetProperty("alert_id").GetString()!, "--reason", "physio: calf strain grade 0, load as tolerated"]);
                break;
            case "2026-05-30":
                var harder = await CliRun.RunAsync(["--data-dir", dataDir, "--date", date, "adjust", "2026-05-31", "--reason", "feeling great, make it harder"]);
                Assert.Equal(1, harder.ExitCode);
                Assert.Contains("--reason asks for more (\"harder\"): an adjustment only ever makes a session easier or shorter", harder.Stderr, StringComparison.Ordinal);
                Assert.Contains("say you feel strong in your weekly check-in", harder.Stderr, StringComparison.Ordinal);
                await run("default", date, ["hold", "place", "--kind", "no-hard-sessions", "--reason", "rebuild after the calf"]);
                await run("default", date, ["checkin", "--week", "2026-05-25", "--effort", "4", "--fatigue", "3", "--unavailable", "2026-06-08,2026-06-09",
                    "--notes", "no pain now, calf feels fine", "--request", "Can the long run be on Saturday?"]);
                var request = (await run("default", date, ["inbox", "--json"])).Json().GetProperty("items").EnumerateArray()
                    .Single(i => i.GetProperty("kind").GetString() == "athlete_request").GetProperty("id").GetString()!;
                await run("default", date, ["answer", request, "Yes, from next week", "--by", "Maria"]);
                break;
            case "2026-06-01":
                var signals = (await run("ben", date, ["signals", "add", "--pain-site", "knee", "--json"])).Json();
                Assert.Equal(("pain_flag", "knee"), (signals.GetProperty("alerts")[0].GetProperty("kind").GetString(),
                    (await run("ben", date, ["state", "--json"])).Json().GetProperty("flags")[0].GetProperty("site").GetString()));
                break;
            case "2026-06-05":
                await run("default", date, ["hold", "lift", "h1", "--reason", "calf holding up"]);
                await run("ben", date, ["flag", "clear", "e1", "--reason", "knee assessed: patellofemoral irritation, run easy"]);
                break;
        }
    }

    /// <summary>`today`, `session` and `state` for one athlete and day, checked against one another; the day's call and session.</summary>
    private static async Task<DayCheck> AgreeAsync(string athlete, string date, Func<string, string, string[], Task<CliRun>> run)
    {
        var today = (await run(athlete, date, ["today", "--json"])).Json();
        var call = today.GetProperty("recommendation").GetString()!;
        var fired = today.GetProperty("guardrails").EnumerateArray().Where(g => g.GetProperty("fired").GetBoolean()).Select(g => g.GetProperty("id").GetString()!).ToList();
        var inForce = today.GetProperty("session_in_force");
        var session = (await run(athlete, date, ["session", date, "--json"])).Json();
        var where = $"{athlete} {date} ({call})";
        Assert.True(call == session.GetProperty("call").GetString() || call == "NEEDS_MORE_DATA", $"{where}: session says {session.GetProperty("call")}");
        Assert.Equal(Describe(inForce), Describe(session.GetProperty("session")));
        Assert.True(Allowed(call, inForce), $"{where}: the session in force {Describe(inForce)} is not what the call allows");
        var state = (await run(athlete, date, ["state", "--json"])).Json();
        var flagged = fired.Contains("medical_red_flag_open") || fired.Contains("pain_report_open");
        Assert.Equal(flagged, state.GetProperty("flags").GetArrayLength() > 0);
        if (flagged)
        {
            var ids = state.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("alert_id").GetString()).ToList();
            var inbox = (await run(athlete, date, ["inbox", "--json"])).Json().GetProperty("items").EnumerateArray()
                .Where(i => i.GetProperty("athlete").GetString() == athlete).Select(i => i.GetProperty("id").GetString()).ToList();
            // No flag in this scenario is acknowledged without being cleared, so every flag in force waits in the coach's inbox.
            Assert.True(ids.All(inbox.Contains), $"{where}: flags {string.Join(",", ids)} not all in the inbox ({string.Join(",", inbox)})");
        }
        return new DayCheck(athlete, date, call, inForce, fired);
    }

    private static bool Allowed(string call, JsonElement session)
    {
        var type = session.GetProperty("type").GetString()!;
        return call switch
        {
            "FULL_REST" => type == "rest",
            "CROSS_TRAIN_OR_REST" => !RunningTypes.Contains(type) && type != "strength",
            "RECOVERY_RUN" => type is "recovery" or "rest" or "cross_training",
            "REDUCE_INTENSITY" => !session.GetProperty("hard").GetBoolean() && type != "strides",
            _ => true,
        };
    }

    private static string Describe(JsonElement day) =>
        $"{day.GetProperty("date").GetString()} {day.GetProperty("type").GetString()} {day.GetProperty("distance_m").GetDouble():0} m {day.GetProperty("duration_s").GetDouble():0} s";

    private static async Task<CliRun> Ok(string[] args)
    {
        var result = await CliRun.RunAsync(args);
        Assert.True(result.ExitCode == 0, $"{string.Join(' ', args)}: {result.Stderr}");
        return result;
    }
}
