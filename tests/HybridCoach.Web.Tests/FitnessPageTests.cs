using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>
/// The Fitness page beyond the charts (issue 16 item 4): weekly running volume, intensity by zone and heart rate at easy
/// pace, from the athlete's runs and zones.
/// </summary>
public sealed class FitnessPageTests : IDisposable
{
    private readonly CoachWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task WeeklyVolume_IntensityByZone_EasyPaceHeartRate()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");
        var noZones = WebSession.Text((await ana.GetAsync("/Fitness")).Body);
        // 5:30/km at 142 bpm every other day for six weeks: with threshold 4:30/km (Skiba: 82 % of threshold speed is
        // zone 2) and LTHR 168 (Friel: 85 % and below is zone 1), all of it is easy.
        var today = DateTimeOffset.UtcNow.Date;
        await ana.UploadAsync([.. Enumerable.Range(0, 21).Select(i => ($"run-{i}.fit", Runs.Fit(today.AddDays(-1 - 2 * i).AddHours(7), 8, 330, 142)))]);
        await ana.PostFormAsync("/Profile", "/Profile", PlannedAthlete.ProfileForm("4:30", "168", "UTC"));

        var page = await ana.GetAsync("/Fitness?days=56");
        var volume = page.Body.Split("data-testid=\"weekly-volume\"")[1].Split("</table>")[0];
        var runsPerWeek = System.Text.RegularExpressions.Regex.Matches(volume, @"<tr><td>\d{4}-\d\d-\d\d</td><td>(\d+)</td>").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var intensity = WebSession.Text(page.Body.Split("data-testid=\"intensity\"")[1].Split("</table>")[0]);

        Assert.Contains("Set a threshold pace or LTHR", noZones, StringComparison.Ordinal);
        Assert.Equal(21, runsPerWeek.Sum());
        Assert.All(runsPerWeek, n => Assert.InRange(n, 1, 4));
        Assert.Contains("100 % 0 % 0 % 100 % 0 % 0 %", intensity, StringComparison.Ordinal);
        Assert.Matches(@"heart rate at easy pace is 142 bpm, changing [+−]?0\.0 bpm per 28 days", WebSession.TestId(page.Body, "easy-hr-trend"));
    }
}
