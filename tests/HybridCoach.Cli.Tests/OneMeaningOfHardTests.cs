using System.Globalization;
using System.Text;
using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// One meaning of "hard" (Seiler's bands against the athlete's thresholds, HardSessionRule): one demo week through
/// `coach summary`, `coach metrics` and the daily call's <c>hard_yesterday</c> agrees — the same time-in-zone split,
/// and the same sessions hard — and a steady run between the thresholds is moderate time, never a hard session.
/// </summary>
public class OneMeaningOfHardTests
{
    private static readonly string[] Week = ["2026-04-27", "2026-04-28", "2026-04-29", "2026-04-30", "2026-05-01", "2026-05-02", "2026-05-03"];

    private static async Task<CliRun> Run(TempDirectory dir, string date, params string[] args) =>
        await CliRun.RunAsync(["--data-dir", dir.Path, "--date", date, .. args]);

    [Fact]
    public async Task DemoWeek_SummaryMetricsAndDailyCall_Agree()
    {
        using var dir = new TempDirectory();
        await Run(dir, "2026-05-20", "demo", "--months", "3");
        var summary = (await Run(dir, "2026-05-18", "summary", "--week", "2026-04-27", "--json")).Json();
        var metrics = (await Run(dir, "2026-05-03", "metrics", "--from", "2026-04-27", "--json")).Json().GetProperty("weekly_intensity")
            .EnumerateArray().Single(w => w.GetProperty("week_start").GetString() == "2026-04-27");
        Assert.Equal(metrics.GetProperty("pace_easy_percent").GetDouble(), summary.GetProperty("easy_time_share_pct").GetDouble(), 0.051);
        Assert.Equal(metrics.GetProperty("pace_moderate_percent").GetDouble(), summary.GetProperty("moderate_time_share_pct").GetDouble(), 0.051);
        Assert.Equal(metrics.GetProperty("pace_hard_percent").GetDouble(), summary.GetProperty("hard_time_share_pct").GetDouble(), 0.051);
        Assert.True(summary.GetProperty("moderate_time_share_pct").GetDouble() > 0, "the week holds time between the thresholds");

        var hardByTheCall = 0;
        foreach (var day in Week)
        {
            var next = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var call = (await Run(dir, next, "today", "--json")).Json().GetProperty("guardrails").EnumerateArray().Single(g => g.GetProperty("id").GetString() == "hard_yesterday");
            hardByTheCall += call.GetProperty("observed").GetProperty("hard_sessions_in_window").GetInt32();
        }
        Assert.Equal(2, summary.GetProperty("hard_sessions").GetInt32());
        Assert.Equal(summary.GetProperty("hard_sessions").GetInt32(), hardByTheCall);
    }

    [Fact]
    public async Task SteadyRunBelowThreshold_ModerateTime_NotHardYesterday()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, (await Run(dir, "2026-05-17", "athlete", "set", "--name", "Ana", "--birth-year", "1990", "--sex", "female", "--threshold-pace", "4:22")).ExitCode);
        // 45 min at 4:50/km: 90 % of threshold speed, Skiba's zone 3 (87–95 %), Seiler's moderate band.
        var gpx = Path.Combine(dir.Path, "steady.gpx");
        await File.WriteAllTextAsync(gpx, SteadyGpx(new DateTimeOffset(2026, 5, 18, 7, 0, 0, TimeSpan.Zero), 45 * 60, 290));
        Assert.Equal(0, (await Run(dir, "2026-05-18", "import", gpx)).ExitCode);

        var call = (await Run(dir, "2026-05-19", "today", "--json")).Json().GetProperty("guardrails").EnumerateArray().Single(g => g.GetProperty("id").GetString() == "hard_yesterday");
        Assert.Equal((false, 0), (call.GetProperty("fired").GetBoolean(), call.GetProperty("observed").GetProperty("hard_sessions_in_window").GetInt32()));
        var summary = (await Run(dir, "2026-05-25", "summary", "--week", "2026-05-18", "--json")).Json();
        Assert.Equal(0, summary.GetProperty("hard_sessions").GetInt32());
        Assert.True(summary.GetProperty("moderate_time_share_pct").GetDouble() > 90, summary.GetProperty("moderate_time_share_pct").ToString());
    }

    /// <summary>A straight run due north at a constant pace, a point every 5 s.</summary>
    private static string SteadyGpx(DateTimeOffset start, int seconds, double paceSPerKm)
    {
        var text = new StringBuilder("<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"test\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><type>running</type><trkseg>");
        for (var t = 0; t <= seconds; t += 5)
        {
            var lat = 48.0 + t / paceSPerKm * 1000 / 111_195.0;
            text.Append(CultureInfo.InvariantCulture, $"<trkpt lat=\"{lat:0.0000000}\" lon=\"11.0\"><ele>500</ele><time>{start.AddSeconds(t).UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}</time></trkpt>");
        }
        return text.Append("</trkseg></trk></gpx>").ToString();
    }
}
