using System.Globalization;
using System.Net;
using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>
/// Profile and zones (issue 16 items 1 and 4): the profile saved through the page, zones anchored on it (Skiba's pace
/// zones, Friel's heart-rate zones), the threshold estimated from the runs with its evidence when none is set, and the
/// time zone deciding the athlete's today; a bad zone or heart rate is named and nothing is saved.
/// </summary>
public sealed class ProfilePageTests : IDisposable
{
    private readonly CoachWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Profile_Saved_ZonesFromItsThresholdAndLthr()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");
        var empty = WebSession.Text((await ana.GetAsync("/Profile")).Body);

        var (status, _, location) = await ana.PostFormAsync("/Profile", "/Profile", PlannedAthlete.ProfileForm("4:30", "165", "Europe/Paris"));
        var page = await ana.GetAsync("/Profile");

        Assert.Contains("No threshold pace yet", empty, StringComparison.Ordinal);
        Assert.Contains("No heart-rate zones yet", empty, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, "/Profile?saved=True"), (status, location));
        Assert.Equal("Threshold pace 4:30/km, from the athlete profile", WebSession.TestId(page.Body, "threshold"));
        // Friel's zone 2 for LTHR 165: 85–89 % → 141–146 bpm (140.25 rounds up at the lower edge); Skiba's zone 1 is slower than 129 % of threshold pace.
        Assert.Contains("Heart-rate zones (Friel, % of LTHR 165 bpm, from the athlete profile)", WebSession.Text(page.Body), StringComparison.Ordinal);
        Assert.Equal(6, System.Text.RegularExpressions.Regex.Matches(page.Body.Split("data-testid=\"pace-zones\"")[1].Split("</table>")[0], "<tr><td>").Count);
        Assert.Contains("value=\"Europe/Paris\"", page.Body, StringComparison.Ordinal);
        Assert.Contains("value=\"4:30\"", page.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons", "time_zone 'Mars/Olympus_Mons': not a known IANA time zone")]
    [InlineData("../../../etc/passwd", "time_zone '../../../etc/passwd': not a known IANA time zone")]
    public async Task Profile_UnknownTimeZone_IsNamed_NothingSaved(string zone, string expected)
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");

        var (status, body, _) = await ana.PostFormAsync("/Profile", "/Profile", PlannedAthlete.ProfileForm("4:30", "165", zone));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(expected, WebSession.Text(body), StringComparison.Ordinal);
        Assert.Contains("No threshold pace yet", WebSession.Text((await ana.GetAsync("/Profile")).Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_LthrAboveMax_IsNamed()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");
        var fields = PlannedAthlete.ProfileForm("4:30", "190", "UTC");
        fields["MaxHrBpm"] = "185";

        var (_, body, _) = await ana.PostFormAsync("/Profile", "/Profile", fields);

        Assert.Contains("lthr_bpm 190: must be below max_hr_bpm 185", WebSession.Text(body), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Pacific/Kiritimati")]
    [InlineData("Pacific/Pago_Pago")]
    public async Task TimeZone_DecidesTheAthletesToday(string zone)
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");
        await ana.PostFormAsync("/Profile", "/Profile", PlannedAthlete.ProfileForm("", "", zone));

        var heading = WebSession.Text((await ana.GetAsync("/Today")).Body);
        var expected = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(zone));

        Assert.Contains("Today, " + expected.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture), heading, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoThresholdSet_EstimatedFromTheRuns_WithItsEvidence()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");
        var today = DateTimeOffset.UtcNow.Date;
        await ana.UploadAsync([.. Enumerable.Range(0, 6).Select(i => ($"run-{i}.fit", Runs.Fit(today.AddDays(-1 - 3 * i).AddHours(7), 10, 240, 170)))]);

        var page = await ana.GetAsync("/Profile");

        Assert.Matches(@"^Threshold pace \d:\d\d/km, estimated from the history$", WebSession.TestId(page.Body, "threshold"));
        // Daniels' tables: 10 km in 40:00 is VDOT ≈ 52 (VDOT 52 runs 10 km in 40:01).
        Assert.Matches(@"^Evidence: daniels_t_pace: VDOT 5[12]\.\d from 10\.00 km in 40:00 on \d{4}-\d\d-\d\d", WebSession.TestId(page.Body, "threshold-evidence"));
    }

}
