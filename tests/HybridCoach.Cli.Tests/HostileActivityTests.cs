using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// Issue 15 items 1 and 2 from the command line: the hostile TCX files are refused with the field named and
/// nothing stored (the distance jump to 1e10 m no longer makes ten million splits); an activity stored before these
/// checks (a negative timer time written into the store) no longer breaks `today`, `metrics`, `summary` or
/// `pep-talk` — it is skipped with a warning naming it — and `coach activity delete` removes it, recorded, with
/// `--restore` within 30 days.
/// </summary>
public class HostileActivityTests
{
    private const string Tcx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
        <Activities><Activity Sport="Running"><Id>2026-05-01T07:00:00Z</Id>
        <Lap StartTime="2026-05-01T07:00:00Z">{TOTALS}
        <Track>
        <Trackpoint><Time>2026-05-01T07:00:00Z</Time><DistanceMeters>0</DistanceMeters></Trackpoint>
        <Trackpoint><Time>2026-05-01T07:10:00Z</Time><DistanceMeters>{LAST}</DistanceMeters></Trackpoint>
        </Track></Lap></Activity></Activities></TrainingCenterDatabase>
        """;

    /// <summary>Issue 15 item 1: one absurd sample value (cadence 5,000, altitude 850 km) is dropped with a note, not trusted and not fatal.</summary>
    [Fact]
    public async Task Import_OutOfRangeSamples_DroppedWithANote()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "spikes.tcx");
        File.WriteAllText(path, Tcx.Replace("{TOTALS}", "<TotalTimeSeconds>600</TotalTimeSeconds><DistanceMeters>2000</DistanceMeters>", StringComparison.Ordinal)
            .Replace("<DistanceMeters>{LAST}</DistanceMeters></Trackpoint>", "<AltitudeMeters>850000</AltitudeMeters><DistanceMeters>2000</DistanceMeters><Cadence>5000</Cadence></Trackpoint>"
                + "<Trackpoint><Time>2026-05-01T07:10:01Z</Time><AltitudeMeters>501</AltitudeMeters><DistanceMeters>2003</DistanceMeters><Cadence>86</Cadence></Trackpoint>", StringComparison.Ordinal)
            .Replace("<DistanceMeters>0</DistanceMeters></Trackpoint>", "<AltitudeMeters>500</AltitudeMeters><DistanceMeters>0</DistanceMeters><Cadence>85</Cadence></Trackpoint>", StringComparison.Ordinal));
        var data = Path.Combine(dir.Path, "data");

        var run = await CliRun.RunAsync("--data-dir", data, "import", path, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("dropped 1 cadence sample value(s) outside 0–300 /min; dropped 1 altitude sample value(s) outside -500–9000 m",
            run.Json().GetProperty("files")[0].GetProperty("reason").GetString());
        var stored = (await CliRun.RunAsync("--data-dir", data, "activities", "--json")).Json().GetProperty("activities")[0];
        Assert.Equal(171, stored.GetProperty("avg_cadence_spm").GetDouble(), 0.5);   // 85.5 steps per foot, both feet
        Assert.True(stored.GetProperty("ascent_m").GetDouble() < 10, stored.GetProperty("ascent_m").ToString());
    }

    private static string Write(TempDirectory dir, string name, string totals, string last)
    {
        var path = Path.Combine(dir.Path, name);
        File.WriteAllText(path, Tcx.Replace("{TOTALS}", totals, StringComparison.Ordinal).Replace("{LAST}", last, StringComparison.Ordinal));
        return path;
    }

    [Fact]
    public async Task Import_HostileTcx_RefusedNamingTheFieldNothingStored()
    {
        using var dir = new TempDirectory();
        var negative = Write(dir, "negative.tcx", "<TotalTimeSeconds>-3600</TotalTimeSeconds><DistanceMeters>-10000</DistanceMeters>", "2000");
        var jump = Write(dir, "jump.tcx", "<TotalTimeSeconds>600</TotalTimeSeconds>", "10000000000");
        var minus = Write(dir, "minus.tcx", "<TotalTimeSeconds>600</TotalTimeSeconds>", "-1e308");
        var clock = Stopwatch.StartNew();

        var run = await CliRun.RunAsync("--data-dir", Path.Combine(dir.Path, "data"), "import", negative, jump, minus);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{clock.Elapsed}");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("0 imported, 0 duplicates, 3 failed, 0 skipped of 3", run.Stdout.Trim());
        Assert.Contains("negative.tcx: session 1 timer time -3600 s: outside 0–14 days", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("jump.tcx: sample distance 1E+10 m: outside 0–1,000,000 m", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("minus.tcx: sample distance -1E+308 m: outside 0–1,000,000 m", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoredBadActivity_ReadsSkipItWithAWarning_DeleteAndRestoreRecorded()
    {
        using var dir = new TempDirectory();
        async Task<CliRun> Run(params string[] args) => await CliRun.RunAsync(["--data-dir", dir.Path, "--date", "2026-05-20", .. args]);
        Assert.Equal(0, (await Run("demo", "--months", "1")).ExitCode);
        var id = (await Run("activities", "--limit", "1", "--json")).Json().GetProperty("activities")[0].GetProperty("id").GetInt64();
        Corrupt(dir.Path, id);

        foreach (var command in new[] { "today", "metrics", "summary", "pep-talk" })
        {
            var read = await Run(command);
            Assert.True(read.ExitCode == 0, $"{command}: {read.Stderr}");
        }
        var metrics = await Run("metrics");
        Assert.Contains($"warning: activity {id} skipped: activity timer time -3600 s: outside 0–14 days (`coach activity delete {id}` removes it)",
            metrics.Stderr, StringComparison.Ordinal);
        // The daily call says so too (the next day's, which reads the newest activity): the athlete learns the call was made without it.
        var nextDay = await CliRun.RunAsync("--data-dir", dir.Path, "--date", "2026-05-21", "today");
        Assert.Contains($"warning: activity {id} skipped: activity timer time -3600 s", nextDay.Stderr, StringComparison.Ordinal);

        var deleted = await Run("activity", "delete", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--reason", "broken import", "--json");
        Assert.Equal(0, deleted.ExitCode);
        Assert.Equal(("delete", "broken import"), (deleted.Json().GetProperty("action").GetString(), deleted.Json().GetProperty("reason").GetString()));
        Assert.DoesNotContain("warning", (await Run("metrics")).Stderr, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NotFound, (await Run("activity", "show", id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ExitCode);
        var again = await Run("activity", "delete", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(ExitCodes.Conflict, again.ExitCode);
        Assert.StartsWith($"coach: ACTIVITY {id}: already deleted on ", again.Stderr, StringComparison.Ordinal);

        var restored = await Run("activity", "delete", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--restore", "--reason", "checking");
        Assert.Equal(0, restored.ExitCode);
        Assert.Equal($"Activity {id} restored (checking)", restored.Stdout.Trim());
        Assert.Contains($"warning: activity {id} skipped", (await Run("metrics")).Stderr, StringComparison.Ordinal);
        Assert.Equal([("delete", "broken import"), ("restore", "checking")], History(dir.Path, id));
        Assert.Equal("coach: ACTIVITY 99999: no such activity", (await Run("activity", "delete", "99999")).Stderr.Trim());
    }

    /// <summary>Writes what an import before the plausibility checks could have stored: a negative timer time.</summary>
    private static void Corrupt(string dataDir, long id)
    {
        using var connection = new SqliteConnection($"Data Source={Database(dataDir)}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE activities SET timer_time_s = -3600 WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    private static List<(string, string)> History(string dataDir, long id)
    {
        using var connection = new SqliteConnection($"Data Source={Database(dataDir)}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT action, reason FROM activity_deletions WHERE activity_id = $id ORDER BY id;";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string)>();
        while (reader.Read()) rows.Add((reader.GetString(0), reader.GetString(1)));
        return rows;
    }

    private static string Database(string dataDir) => Directory.GetFiles(dataDir, "*.db", SearchOption.AllDirectories).Single();
}
