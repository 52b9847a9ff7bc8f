using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>
/// The activity page (issue 16 item 4): kilometre splits, best efforts and the loads with their derivation; the athlete's
/// RPE (1–10, a bad value named) and notes, where a red flag tells the coach at once; another account can change nothing.
/// </summary>
public sealed partial class ActivityDetailTests : IDisposable
{
    private readonly CoachWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task SplitsBestEffortsLoads_RpeAndNotes_OwnerOnly()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");
        using var ben = _factory.Session();
        await ben.SignUpAsync("ben@example.com");
        await ana.UploadAsync(("run.fit", Runs.Fit(DateTimeOffset.UtcNow.Date.AddDays(-1).AddHours(7), 10.5, 300, 150)));
        var id = WebSession.ActivityIds((await ana.GetAsync("/Activities")).Body)[0];
        var path = "/Activities/" + id;

        var page = await ana.GetAsync(path);
        var (badStatus, bad, _) = await ana.PostFormAsync(path, path + "?handler=Rpe", new Dictionary<string, string> { ["Rpe"] = "11" });
        var (rpeStatus, _, rpeLocation) = await ana.PostFormAsync(path, path + "?handler=Rpe", new Dictionary<string, string> { ["Rpe"] = "7" });
        var (_, noted, _) = await ana.PostFormAsync(path, path + "?handler=Notes", new Dictionary<string, string> { ["Notes"] = "felt chest pain on the last km" });
        var (benRpe, _, _) = await ben.PostFormAsync("/Today", path + "?handler=Rpe", new Dictionary<string, string> { ["Rpe"] = "2" });
        var after = await ana.GetAsync(path);

        // 10.5 km at a steady 5:00/km: ten full kilometres and a half; a 5 km best effort of 25:00.
        Assert.Equal(11, Regex.Matches(page.Body.Split("data-testid=\"splits\"")[1].Split("</table>")[0], "<tr><td>").Count);
        Assert.Contains("5:00/km", WebSession.Text(page.Body.Split("data-testid=\"splits\"")[1].Split("</table>")[0]), StringComparison.Ordinal);
        Assert.Matches(@"5k 25:00 5:00/km", WebSession.Text(page.Body.Split("data-testid=\"best-efforts\"")[1].Split("</table>")[0]));
        var loads = WebSession.Text(page.Body.Split("data-testid=\"loads\"")[1].Split("</table>")[0]);
        Assert.Contains("distance 10.5", loads, StringComparison.Ordinal);
        Assert.Contains("trimp", loads, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, badStatus);
        Assert.Contains("The field Rpe must be between 1 and 10.", WebSession.Text(bad), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, path), (rpeStatus, rpeLocation));
        Assert.Contains("medical red flag", WebSession.Text(noted.Split("data-testid=\"notes-raised\"")[1].Split("</div>")[0]), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, benRpe);
        Assert.Contains("· RPE 7", WebSession.Text(after.Body), StringComparison.Ordinal);
        Assert.Contains("felt chest pain on the last km", after.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AthleteInMiles_SeesMileSplitsAndPacesPerMile()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");
        var profile = PlannedAthlete.ProfileForm("", "", "UTC");
        profile["Units"] = "Miles";
        await ana.PostFormAsync("/Profile", "/Profile", profile);
        await ana.UploadAsync(("run.fit", Runs.Fit(DateTimeOffset.UtcNow.Date.AddDays(-1).AddHours(7), 10.5, 300, 150)));

        var page = (await ana.GetAsync("/Activities/" + WebSession.ActivityIds((await ana.GetAsync("/Activities")).Body)[0])).Body;

        // 10.5 km = 6.52 mi (1 mi = 1,609.344 m); 5:00/km = 482.8 s per mile, 8:03/mi; six full miles and the rest.
        var splits = page.Split("data-testid=\"splits\"")[1].Split("</table>")[0];
        Assert.Contains("Mile splits", WebSession.Text(page), StringComparison.Ordinal);
        Assert.Equal(7, Regex.Matches(splits, "<tr><td>").Count);
        Assert.Contains("1 1.00 mi 8:03 8:03/mi", WebSession.Text(splits), StringComparison.Ordinal);
        Assert.Contains("6.52 mi", WebSession.Text(page.Split("<h2>")[0]), StringComparison.Ordinal);
        Assert.DoesNotContain("Kilometre splits", page, StringComparison.Ordinal);
        Assert.Contains("\"unit\":\"mi\",\"distance\":[0,", page, StringComparison.Ordinal);
    }
}
