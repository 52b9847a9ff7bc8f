using System.Text.Json;
using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// The coach's hands on the plan: `coach plan edit|move|swap|cancel|lock|unlock|locks` and `coach plan generate` over an
/// existing plan. Each edit is a validated plan version with who and why and locks the days it touched; a locked day
/// changes only with the coach; regeneration waits for the coach (policy) and keeps the locked days and added races.
/// The demo athlete's plan from 2026-05-21: strides Thu, easy Fri–Sat, long Sun, rest Mon, easy Tue–Wed.
/// </summary>
public class CoachEditCommandTests
{
    private static async Task<CliRun> Run(TempDirectory dir, params string[] args) => await CliRun.RunAsync(["--data-dir", dir.Path, "--date", "2026-05-20", .. args]);

    private static async Task<TempDirectory> PlannedAsync()
    {
        var dir = new TempDirectory();
        await Run(dir, "demo", "--months", "3");
        Assert.Equal(0, (await Run(dir, "plan", "generate")).ExitCode);
        return dir;
    }

    private static async Task<Dictionary<string, JsonElement>> DaysAsync(TempDirectory dir) =>
        (await Run(dir, "plan", "show", "--json")).Json().GetProperty("microcycles").EnumerateArray()
            .SelectMany(c => c.GetProperty("days").EnumerateArray()).ToDictionary(d => d.GetProperty("date").GetString()!);

    private static (string Type, double DistanceM) Day(Dictionary<string, JsonElement> days, string date) =>
        (days[date].GetProperty("type").GetString()!, days[date].GetProperty("distance_m").GetDouble());

    [Fact]
    public async Task EditCancelMoveSwap_EachAValidatedVersionWithWhoAndWhy_DaysLocked()
    {
        using var dir = await PlannedAsync();
        var edit = (await Run(dir, "plan", "edit", "2026-05-26", "--type", "recovery", "--minutes", "30", "--reason", "work trip", "--by", "Ana", "--json")).Json();
        Assert.Equal(2, edit.GetProperty("version").GetInt32());
        var change = Assert.Single(edit.GetProperty("changes").EnumerateArray());
        Assert.Equal(("2026-05-26", "softened", "work trip", "recovery", 1800.0), (change.GetProperty("date").GetString(), change.GetProperty("kind").GetString(),
            change.GetProperty("reason").GetString(), change.GetProperty("after").GetProperty("type").GetString(), change.GetProperty("after").GetProperty("duration_s").GetDouble()));

        // Cancelling Friday's easy run leaves the week's 18.4 km long run within the long-run rule (the runner's own
        // 18 km and half the week): one change. Cancelling Saturday's too makes the week 34.8 km, and the long run keeps
        // to its limit (the runner's own longest run, 18 km) and says so.
        var first = (await Run(dir, "plan", "cancel", "2026-05-29", "--reason", "dentist", "--json")).Json().GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(("2026-05-29", "removed"), (Assert.Single(first).GetProperty("date").GetString(), first[0].GetProperty("kind").GetString()));
        var cancelled = (await Run(dir, "plan", "cancel", "2026-05-30", "--reason", "work", "--json")).Json().GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(("2026-05-30", "removed", "2026-05-31", 18400.0, 18000.0), (cancelled[0].GetProperty("date").GetString(), cancelled[0].GetProperty("kind").GetString(),
            cancelled[1].GetProperty("date").GetString(), cancelled[1].GetProperty("before").GetProperty("distance_m").GetDouble(),
            cancelled[1].GetProperty("after").GetProperty("distance_m").GetDouble()));
        var diff = (await Run(dir, "plan", "diff", "--json")).Json().GetProperty("days").EnumerateArray().Select(d => (d.GetProperty("date").GetString(), d.GetProperty("reason").GetString())).ToList();
        Assert.Equal([("2026-05-30", "work"), ("2026-05-31", "the long run stays within its limit for the lighter week")], diff);
        Assert.Equal(0, (await Run(dir, "plan", "move", "2026-05-31", "--to", "2026-05-30", "--reason", "Saturday is the long run")).ExitCode);
        Assert.Equal(0, (await Run(dir, "plan", "swap", "2026-05-31", "2026-06-02", "--reason", "easy run on Sunday")).ExitCode);

        var days = await DaysAsync(dir);
        Assert.Equal(("recovery", "rest", "long", "easy", "rest"),
            (Day(days, "2026-05-26").Type, Day(days, "2026-05-29").Type, Day(days, "2026-05-30").Type, Day(days, "2026-05-31").Type, Day(days, "2026-06-02").Type));
        Assert.Equal((18000.0, 5500.0), (Day(days, "2026-05-30").DistanceM, Day(days, "2026-05-31").DistanceM));
        var versions = (await Run(dir, "plan", "versions", "--json")).Json().GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(6, versions.Count);
        Assert.All(versions.Skip(1), v => Assert.Equal(("coach edit", 0), (v.GetProperty("source").GetString(), v.GetProperty("violation_count").GetInt32())));
        Assert.Equal("Ana", versions[1].GetProperty("decided_by").GetString());
        var locks = (await Run(dir, "plan", "locks", "--json")).Json().EnumerateArray().Select(l => l.GetProperty("date").GetString()).ToList();
        Assert.Equal(["2026-05-26", "2026-05-29", "2026-05-30", "2026-05-31", "2026-06-02"], locks);
        Assert.Equal(0, (await Run(dir, "plan", "validate")).ExitCode);
    }

    [Theory]
    [InlineData("plan edit 2026-05-19 --type easy --reason x", "DATE 2026-05-19: before the as-of day 2026-05-20; a day gone by is history", 1)]
    [InlineData("plan edit 2026-05-22 --type tempo --reason x", "--type tempo: a coach writes rest, easy, recovery, long, strides, cross_training; move, swap or cancel a quality session instead", 1)]
    [InlineData("plan edit 2026-05-22 --type easy --km 0 --reason x", "--km 0: expected more than 0 and at most 50 km", 1)]
    [InlineData("plan edit 2027-05-22 --type easy --reason x", "DATE 2027-05-22: not in plan version 1", 1)]
    [InlineData("plan move 2026-05-22 --to 2026-05-23 --reason x", "--to 2026-05-23: that day already holds a session (easy); use `coach plan swap 2026-05-22 2026-05-23`", 1)]
    [InlineData("plan cancel 2026-05-25 --reason x", "DATE 2026-05-25: already a rest day", 1)]
    [InlineData("plan swap 2026-05-22 2026-05-22 --reason x", "SECOND 2026-05-22: the same day as FIRST", 1)]
    [InlineData("plan unlock 2026-05-22 --reason x", "DATE 2026-05-22: not locked", 4)]
    public async Task BadEdit_RefusedNamingTheInput_NothingStored(string command, string message, int exit)
    {
        using var dir = await PlannedAsync();
        var result = await Run(dir, command.Split(' '));
        Assert.Equal(exit, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, (await Run(dir, "plan", "versions", "--json")).Json().GetProperty("version_count").GetInt32());
    }

    [Fact]
    public async Task Edit_ThatBreaksAnInvariant_RefusedWithTheViolation()
    {
        using var dir = await PlannedAsync();
        var result = await Run(dir, "plan", "edit", "2026-05-22", "--type", "long", "--km", "30", "--reason", "big day");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("coach edit: the moderate plan would break", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("long_run_limit: 2026-05-22 long run 30.0 km is 44.2 % of microcycle 1's 67.95 km; at most 22.0 km", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, (await Run(dir, "plan", "versions", "--json")).Json().GetProperty("version_count").GetInt32());
        Assert.Equal(0, (await Run(dir, "plan", "locks", "--json")).Json().GetArrayLength());
    }

    [Fact]
    public async Task LockedDay_AthleteAdjustmentWaitsForCoach_UnlockedItApplies()
    {
        using var dir = await PlannedAsync();
        Assert.Equal(0, (await Run(dir, "plan", "lock", "2026-05-21", "--reason", "key session before the trip")).ExitCode);
        Assert.Contains("DATE 2026-05-21: already locked by coach", (await Run(dir, "plan", "lock", "2026-05-21", "--reason", "again")).Stderr, StringComparison.Ordinal);
        await Run(dir, "adjust", "2026-05-21", "--reason", "legs heavy");
        var held = (await Run(dir, "adjust", "2026-05-21", "accept", "--json")).Json().GetProperty("outcome");
        Assert.Equal(("coach_approval", "session_locked", false), (held.GetProperty("route").GetString(), held.GetProperty("rule_id").GetString(), held.GetProperty("applied").GetBoolean()));
        Assert.StartsWith("the coach locked 2026-05-21; was easier_replacement", held.GetProperty("route_reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("strides", Day(await DaysAsync(dir), "2026-05-21").Type);

        Assert.Equal(0, (await Run(dir, "plan", "unlock", "2026-05-21", "--reason", "trip cancelled")).ExitCode);
        await Run(dir, "adjust", "reject", "a1");
        await Run(dir, "adjust", "2026-05-21", "--reason", "legs heavy");
        var applied = (await Run(dir, "adjust", "2026-05-21", "accept", "--json")).Json().GetProperty("outcome");
        Assert.Equal(("auto_apply", true), (applied.GetProperty("route").GetString(), applied.GetProperty("applied").GetBoolean()));
    }

    [Fact]
    public async Task Regenerate_WithNewTarget_HeldForCoach_ApprovedKeepsLockedDays()
    {
        using var dir = await PlannedAsync();
        await Run(dir, "plan", "swap", "2026-05-30", "2026-05-31", "--reason", "long run on Saturday");
        var held = (await Run(dir, "plan", "generate", "--target-time", "1:45:00", "--json")).Json();
        Assert.Equal((JsonValueKind.Null, "coach_approval", "p1"), (held.GetProperty("version").ValueKind, held.GetProperty("route").GetString(), held.GetProperty("proposal").GetString()));
        Assert.Equal(["2026-05-30", "2026-05-31"], held.GetProperty("carried_days").EnumerateArray().Select(d => d.GetString()).ToList());
        Assert.Equal(2, (await Run(dir, "plan", "versions", "--json")).Json().GetProperty("version_count").GetInt32());
        var inbox = (await Run(dir, "inbox", "--json")).Json().GetProperty("items").EnumerateArray();
        Assert.Contains(inbox, i => i.GetProperty("id").GetString() == "p1" && i.GetProperty("kind").GetString() == "proposal:regenerate_plan");

        var approved = await Run(dir, "approve", "p1", "--by", "Ana");
        Assert.Equal(0, approved.ExitCode);
        Assert.Contains("It is applied as plan version 3: approved by Ana", approved.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("waits", approved.Stdout, StringComparison.Ordinal);
        var days = await DaysAsync(dir);
        Assert.Equal(("long", "easy"), (Day(days, "2026-05-30").Type, Day(days, "2026-05-31").Type));
        var latest = (await Run(dir, "plan", "show", "--json")).Json();
        Assert.Equal(3, latest.GetProperty("version").GetInt32());
        Assert.Equal(0, (await Run(dir, "plan", "validate")).ExitCode);
    }

    [Fact]
    public async Task Regenerate_ByTheCoach_AppliedAtOnce()
    {
        using var dir = await PlannedAsync();
        var applied = (await Run(dir, "plan", "generate", "--variant", "conservative", "--by", "Ana", "--json")).Json();
        Assert.Equal((2, "auto_apply", "coach_decision"), (applied.GetProperty("version").GetInt32(), applied.GetProperty("route").GetString(), applied.GetProperty("rule").GetString()));
        Assert.Equal("Ana", (await Run(dir, "plan", "versions", "--json")).Json().GetProperty("versions")[1].GetProperty("decided_by").GetString());
    }

    [Fact]
    public async Task Regenerate_KeepsTheRaceAddedThroughACheckIn_AndNoSessionOnAnUnavailableDay()
    {
        using var dir = await PlannedAsync();
        await Run(dir, "checkin", "--week", "2026-05-18", "--effort", "5", "--fatigue", "4", "--add-race", "2026-06-21,Parkrun 5K,5k,C", "--unavailable", "2026-05-27");
        Assert.Equal(0, (await Run(dir, "approve", "p1")).ExitCode);
        Assert.Contains("2026-05-27: the athlete said they cannot train that day",
            (await Run(dir, "plan", "edit", "2026-05-27", "--type", "easy", "--km", "6", "--reason", "x")).Stderr, StringComparison.Ordinal);
        var held = (await Run(dir, "plan", "generate", "--json")).Json();
        var race = Assert.Single(held.GetProperty("carried_races").EnumerateArray());
        Assert.Equal(("2026-06-21", "Parkrun 5K", "C"), (race.GetProperty("date").GetString(), race.GetProperty("name").GetString(), race.GetProperty("priority").GetString()));
        Assert.Equal(0, (await Run(dir, "approve", held.GetProperty("proposal").GetString()!)).ExitCode);
        Assert.Equal("race", Day(await DaysAsync(dir), "2026-06-21").Type);
        var session = (await Run(dir, "session", "2026-05-27", "--json")).Json();
        Assert.Equal("rest", session.GetProperty("session").GetProperty("type").GetString());
    }
}
