using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>`coach guardrails set|unset`, `coach replay` after a threshold change, `coach race`.</summary>
public class GuardrailOverrideCommandTests
{
    [Fact]
    public async Task Replay_AfterOverride_ReportsDifferencesAndRecordedSettingsStayIdentical()
    {
        using var data = new TempDirectory();
        foreach (var day in new[] { "2026-05-15", "2026-05-17", "2026-05-19" })
            await CliRun.RunAsync("activity", "add", "--date", day, "--distance", "8km", "--duration", "45:00", "--data-dir", data.Path);
        var today = (await CliRun.RunAsync("today", "--date", "2026-05-20", "--data-dir", data.Path, "--json")).Json();
        var id = today.GetProperty("audit_id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        await CliRun.RunAsync("guardrails", "set", "insufficient_data.min_activities", "5", "--note", "cautious", "--data-dir", data.Path);
        var currentRun = await CliRun.RunAsync("replay", id, "--data-dir", data.Path, "--json");
        var recordedRun = await CliRun.RunAsync("replay", id, "--recorded-settings", "--data-dir", data.Path, "--json");
        var (current, recorded) = (currentRun.Json(), recordedRun.Json());
        // A difference exits 1 (issue 15 item 6); the recorded settings reproduce the record and exit 0.
        Assert.Equal((1, 0), (currentRun.ExitCode, recordedRun.ExitCode));
        var list = (await CliRun.RunAsync("guardrails", "--data-dir", data.Path, "--json")).Json();
        await CliRun.RunAsync("guardrails", "unset", "insufficient_data.min_activities", "--data-dir", data.Path);
        var afterUnset = (await CliRun.RunAsync("replay", id, "--data-dir", data.Path, "--json")).Json();

        Assert.Equal("PROCEED", today.GetProperty("recommendation").GetString());
        Assert.False(current.GetProperty("identical").GetBoolean());
        Assert.Equal("NEEDS_MORE_DATA", current.GetProperty("replayed_recommendation").GetString());
        var setting = Assert.Single(current.GetProperty("setting_differences").EnumerateArray());
        Assert.Equal(("insufficient_data.min_activities", 3.0, 5.0),
            (setting.GetProperty("setting_id").GetString(), setting.GetProperty("recorded").GetDouble(), setting.GetProperty("replayed").GetDouble()));
        Assert.Contains(current.GetProperty("outcome_differences").EnumerateArray(), d => d.GetProperty("field").GetString() == "thresholds.min_activities"
            && d.GetProperty("recorded").GetString() == "3" && d.GetProperty("replayed").GetString() == "5");
        Assert.True(recorded.GetProperty("identical").GetBoolean());
        var row = list.GetProperty("settings").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "insufficient_data.min_activities");
        Assert.Equal((3.0, 5.0, "override", "cautious"), (row.GetProperty("default").GetDouble(), row.GetProperty("in_force").GetDouble(),
            row.GetProperty("source").GetString(), row.GetProperty("override_note").GetString()));
        Assert.True(afterUnset.GetProperty("identical").GetBoolean());
    }

    [Fact]
    public async Task Races_AddListRemove_CalendarChanges()
    {
        using var data = new TempDirectory();
        var added = (await CliRun.RunAsync("race", "add", "--date", "2026-06-07", "--name", "City Half", "--distance", "21.1km", "--priority", "a",
            "--data-dir", data.Path, "--json")).Json();
        var list = (await CliRun.RunAsync("race", "list", "--data-dir", data.Path, "--json")).Json();
        var id = added.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var removed = await CliRun.RunAsync("race", "remove", id, "--data-dir", data.Path);
        var again = await CliRun.RunAsync("race", "remove", id, "--data-dir", data.Path);

        var race = Assert.Single(list.GetProperty("races").EnumerateArray());
        Assert.Equal(("2026-06-07", "City Half", 21_100.0, "A"), (race.GetProperty("date").GetString(), race.GetProperty("name").GetString(),
            race.GetProperty("distance_m").GetDouble(), race.GetProperty("priority").GetString()));
        Assert.Equal(0, removed.ExitCode);
        Assert.Equal($"coach: race id {id}: no such race (see `coach race list`)", Assert.Single(again.StderrLines));
    }
}
