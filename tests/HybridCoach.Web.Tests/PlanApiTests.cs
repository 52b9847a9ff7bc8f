using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>
/// The JSON API beyond Today (issue 16 item 5): the plan, a session, an adjustment requested, refused while one is open
/// (409), accepted into a new version and refused when accepted again (409), and unknown ids 404; the profile and zones; the audit listed, shown, verified and
/// replayed; the races. The shapes are the CLI's `--json` ones.
/// </summary>
public sealed class PlanApiTests : IDisposable
{
    private readonly CoachWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Plan_Session_Adjustment_ConflictAcceptNotFound()
    {
        using var ben = _factory.Session();
        await ben.SignUpAsync("ben@example.com");
        using var noPlan = await ben.Client.GetAsync("/api/plan");
        using var ana = await PlannedAthlete.CreateAsync(_factory, "ana@example.com");
        var day = PlannedAthlete.SessionDays((await ana.GetAsync("/Plan")).Body).First(d => d > DateOnly.FromDateTime(DateTime.UtcNow)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var plan = await ana.Client.GetFromJsonAsync<JsonElement>("/api/plan");
        var session = await ana.Client.GetFromJsonAsync<JsonElement>($"/api/plan/sessions/{day}");
        using var proposed = await ana.Client.PostAsJsonAsync($"/api/plan/sessions/{day}/adjustments", new { reason = "legs heavy" });
        var adjustment = await proposed.Content.ReadFromJsonAsync<JsonElement>();
        using var again = await ana.Client.PostAsJsonAsync($"/api/plan/sessions/{day}/adjustments", new { reason = "only 30 min" });
        using var empty = await ana.Client.PostAsJsonAsync($"/api/plan/sessions/{day}/adjustments", new { reason = " " });
        using var harder = await ana.Client.PostAsJsonAsync($"/api/plan/sessions/{day}/adjustments", new { reason = "make it harder" });
        var harderProblem = await harder.Content.ReadFromJsonAsync<JsonElement>();
        var id = adjustment.GetProperty("id").GetString()!.TrimStart('a');
        using var benAccept = await ben.Client.PostAsync($"/api/adjustments/{id}/accept", null);
        using var accepted = await ana.Client.PostAsync($"/api/adjustments/{id}/accept", null);
        var decision = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        using var twice = await ana.Client.PostAsync($"/api/adjustments/{id}/accept", null);

        Assert.Equal(HttpStatusCode.NotFound, noPlan.StatusCode);
        Assert.Equal((1, "moderate", PlannedAthlete.RaceName), (plan.GetProperty("version").GetInt32(), plan.GetProperty("variant").GetString(), plan.GetProperty("goal_race").GetProperty("name").GetString()));
        Assert.Equal(day, session.GetProperty("date").GetString());
        Assert.Equal(HttpStatusCode.OK, proposed.StatusCode);
        Assert.True(adjustment.GetProperty("never_harder").GetBoolean());
        Assert.True(adjustment.GetProperty("replacement_load").GetDouble() <= adjustment.GetProperty("original_load").GetDouble());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("reason", (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        Assert.Equal((HttpStatusCode.BadRequest, "reason"), (harder.StatusCode, harderProblem.GetProperty("field").GetString()));
        Assert.StartsWith("reason asks for more (\"harder\"): an adjustment only ever makes a session easier", harderProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, benAccept.StatusCode);
        Assert.Equal(("accepted", 2), (decision.GetProperty("status").GetString(), decision.GetProperty("outcome").GetProperty("applied_version").GetInt32()));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(2, (await ana.Client.GetFromJsonAsync<JsonElement>("/api/plan")).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Profile_Zones_Audit_Races()
    {
        using var ana = await PlannedAthlete.CreateAsync(_factory, "ana@example.com");
        using var noProfile = await ana.Client.GetAsync("/api/profile");
        await ana.PostFormAsync("/Profile", "/Profile", PlannedAthlete.ProfileForm("4:40", "168", "Europe/Madrid"));
        var today = await ana.Client.GetFromJsonAsync<JsonElement>("/api/today");

        var profile = await ana.Client.GetFromJsonAsync<JsonElement>("/api/profile");
        var zones = await ana.Client.GetFromJsonAsync<JsonElement>("/api/zones");
        var list = await ana.Client.GetFromJsonAsync<JsonElement>("/api/audit");
        var record = await ana.Client.GetFromJsonAsync<JsonElement>($"/api/audit/{today.GetProperty("audit_id").GetInt64()}");
        var verify = await ana.Client.GetFromJsonAsync<JsonElement>("/api/audit/verify");
        using var replay = await ana.Client.PostAsync($"/api/audit/{today.GetProperty("audit_id").GetInt64()}/replay?recordedSettings=true", null);
        using var missing = await ana.Client.GetAsync("/api/audit/9999");
        var races = await ana.Client.GetFromJsonAsync<JsonElement>("/api/races");

        Assert.Equal(HttpStatusCode.NotFound, noProfile.StatusCode);
        Assert.Equal(("Ana", "Europe/Madrid", 280.0), (profile.GetProperty("name").GetString(), profile.GetProperty("time_zone").GetString(), profile.GetProperty("threshold_pace_s_per_km").GetDouble()));
        Assert.Equal(6, zones.GetProperty("pace_zones").GetArrayLength());
        Assert.Equal(7, zones.GetProperty("hr_zones").GetArrayLength());
        Assert.True(list.GetProperty("count").GetInt32() >= 1);
        Assert.Equal(today.GetProperty("recommendation").GetString(), record.GetProperty("recommendation").GetString());
        Assert.True(verify.GetProperty("intact").GetBoolean());
        Assert.True((await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("identical").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(PlannedAthlete.RaceName, races.GetProperty("races")[0].GetProperty("name").GetString());
    }
}
