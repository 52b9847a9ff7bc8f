using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>
/// The JSON API (issue 16 item 5): the shapes of `coach … --json` (snake_case), problem details naming the field for
/// bad input, 401 for nobody, 404 for another account's activity, and the OpenAPI document listing every endpoint.
/// </summary>
public sealed class ApiTests : IDisposable
{
    private readonly CoachWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("GET", "/api/today")]
    [InlineData("GET", "/api/activities")]
    [InlineData("GET", "/api/activities/1")]
    [InlineData("POST", "/api/signals")]
    public async Task Every_Endpoint_Nobody_Is401(string method, string path)
    {
        using var nobody = _factory.Session();

        using var response = await nobody.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? JsonContent.Create(new { pain = true }) : null,
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Today_IsTheCliShape_SnakeCase()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");

        var today = await ana.Client.GetFromJsonAsync<JsonElement>("/api/today?date=2026-05-20");

        Assert.Equal("2026-05-20", today.GetProperty("date").GetString());
        Assert.Equal("NEEDS_MORE_DATA", today.GetProperty("recommendation").GetString());
        Assert.Equal(JsonValueKind.Array, today.GetProperty("guardrails").ValueKind);
        Assert.True(today.GetProperty("audit_id").GetInt64() > 0);
    }

    [Fact]
    public async Task Signals_Pain_ChangesTheCall_AndABadValueNamesItsField()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");

        using var bad = await ana.Client.PostAsJsonAsync("/api/signals", new { resting_hr_bpm = 300 });
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        using var pain = await ana.Client.PostAsJsonAsync("/api/signals", new { pain_site = "knee" });
        var today = await ana.Client.GetFromJsonAsync<JsonElement>("/api/today");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.Equal("resting_hr_bpm", problem.GetProperty("field").GetString());
        Assert.Equal("resting_hr_bpm 300: expected 25 to 150", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, pain.StatusCode);
        Assert.Equal("FULL_REST", today.GetProperty("recommendation").GetString());
    }

    [Fact]
    public async Task Signals_IllnessBelowTheNeck_Rests_AndAnUnknownIllnessNamesTheField()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");

        using var unknown = await ana.Client.PostAsJsonAsync("/api/signals", new { illness = "flu" });
        var problem = await unknown.Content.ReadFromJsonAsync<JsonElement>();
        using var ill = await ana.Client.PostAsJsonAsync("/api/signals", new { illness = "below_neck", sleep_quality = 2 });
        var recorded = await ill.Content.ReadFromJsonAsync<JsonElement>();
        var today = await ana.Client.GetFromJsonAsync<JsonElement>("/api/today");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(("illness", "illness 'flu': expected none, above_neck or below_neck"), (problem.GetProperty("field").GetString(), problem.GetProperty("detail").GetString()));
        Assert.Equal(("below_neck", 2), (recorded.GetProperty("illness").GetString(), recorded.GetProperty("sleep_quality").GetInt32()));
        Assert.Equal("FULL_REST", today.GetProperty("recommendation").GetString());
    }

    [Fact]
    public async Task CheckIn_TheCliShape_TheCoachHearsOfTheNiggle_BadFieldsNamed()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");

        using var sent = await ana.Client.PostAsJsonAsync("/api/checkins", new
        {
            effort = 6, fatigue = 8, niggles = new[] { new { site = "Achilles", side = "right", severity = 6 } }, request = "fewer hills", feeling_strong = true,
        });
        var json = await sent.Content.ReadFromJsonAsync<JsonElement>();
        using var noEffort = await ana.Client.PostAsJsonAsync("/api/checkins", new { fatigue = 3 });
        using var badSide = await ana.Client.PostAsJsonAsync("/api/checkins", new { effort = 3, fatigue = 3, niggles = new[] { new { site = "calf", side = "up", severity = 2 } } });
        using var badRace = await ana.Client.PostAsJsonAsync("/api/checkins", new { effort = 3, fatigue = 3, add_race = new { date = "2027-03-01", name = "Spring 10K", distance = "ten", priority = "A" } });

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(1, json.GetProperty("check_in_id").GetInt64());
        var monday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-(((int)DateTime.UtcNow.DayOfWeek + 6) % 7));
        Assert.Equal(monday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), json.GetProperty("week_start").GetString());
        Assert.Contains(json.GetProperty("escalations").EnumerateArray(), e => e.GetRawText().Contains("achilles", StringComparison.Ordinal));
        Assert.NotNull(json.GetProperty("feeling_strong").GetString());
        Assert.True(json.GetProperty("weekly_summary").ValueKind == JsonValueKind.Object);
        Assert.Equal("effort", (await noEffort.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        Assert.Equal("niggles.side", (await badSide.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        Assert.Equal("add_race.distance", (await badRace.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (noEffort.StatusCode, badSide.StatusCode, badRace.StatusCode));
    }

    [Fact]
    public async Task Metrics_AndSignalsHistory_TheCliShapes_BadQueriesNamed()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");
        var day = new DateTimeOffset(2026, 5, 19, 7, 0, 0, TimeSpan.Zero);
        await ana.UploadAsync(("a.fit", Runs.Fit(day, 10, 300)), ("b.fit", Runs.Fit(day.AddDays(-2), 8, 330)));
        using (await ana.Client.PostAsJsonAsync("/api/signals", new { date = "2026-05-18", resting_hr_bpm = 48 })) { }
        using (await ana.Client.PostAsJsonAsync("/api/signals", new { date = "2026-05-20", sleep_hours = 7.5 })) { }

        var metrics = await ana.Client.GetFromJsonAsync<JsonElement>("/api/metrics?date=2026-05-20&from=2026-05-14&load=distance");
        var signals = await ana.Client.GetFromJsonAsync<JsonElement>("/api/signals?from=2026-05-17&to=2026-05-20");
        using var badLoad = await ana.Client.GetAsync("/api/metrics?load=watts");
        using var future = await ana.Client.GetAsync("/api/metrics?date=2999-01-01");
        using var backwards = await ana.Client.GetAsync("/api/signals?from=2026-05-21&to=2026-05-20");

        var days = metrics.GetProperty("days").EnumerateArray().ToArray();
        Assert.Equal(7, days.Length);
        Assert.Equal(("2026-05-17", 8.0), (days[3].GetProperty("date").GetString(), days[3].GetProperty("load").GetDouble()));
        Assert.Equal(("2026-05-19", 10.0), (days[5].GetProperty("date").GetString(), days[5].GetProperty("load").GetDouble()));
        Assert.Equal(2, signals.GetProperty("count").GetInt32());
        Assert.Equal((48, 7.5), (signals.GetProperty("days")[0].GetProperty("resting_hr_bpm").GetInt32(), signals.GetProperty("days")[1].GetProperty("sleep_hours").GetDouble()));
        Assert.Equal("load", (await badLoad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        Assert.Equal("date", (await future.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        Assert.Equal("from", (await backwards.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Activities_OwnOnly_AnotherAccountsIdIs404_BadQueryIs400()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");
        using var ben = _factory.Session();
        await ben.SignUpAsync("ben@example.com");
        await ana.UploadAsync(("morning.fit", Runs.Fit(DateTimeOffset.UtcNow.Date.AddDays(-1).AddHours(7), 10, 300)));

        var list = await ana.Client.GetFromJsonAsync<JsonElement>("/api/activities");
        var one = await ana.Client.GetFromJsonAsync<JsonElement>("/api/activities/1");
        using var bens = await ben.Client.GetAsync("/api/activities/1");
        using var badSport = await ana.Client.GetAsync("/api/activities?sport=flying");
        var runs = await ana.Client.GetFromJsonAsync<JsonElement>("/api/activities?sport=run");
        var rides = await ana.Client.GetFromJsonAsync<JsonElement>("/api/activities?sport=ride");

        Assert.Equal(1, list.GetProperty("count").GetInt32());
        Assert.Equal(10000, one.GetProperty("activity").GetProperty("distance_m").GetDouble(), 0.5);
        Assert.Equal(HttpStatusCode.NotFound, bens.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badSport.StatusCode);
        var problem = await badSport.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("sport", problem.GetProperty("field").GetString());
        Assert.StartsWith("sport 'flying': unknown sport; use run, trail_run", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal((1, 0), (runs.GetProperty("count").GetInt32(), rides.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task OpenApi_ListsEveryEndpoint()
    {
        using var nobody = _factory.Session();

        var document = await nobody.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["/api/activities", "/api/activities/{id}", "/api/adjustments/{id}/accept", "/api/adjustments/{id}/reject", "/api/audit",
            "/api/audit/verify", "/api/audit/{id}", "/api/audit/{id}/replay", "/api/checkins", "/api/metrics", "/api/plan", "/api/plan/sessions/{date}", "/api/plan/sessions/{date}/adjustments",
            "/api/profile", "/api/races", "/api/signals", "/api/today", "/api/uploads", "/api/uploads/{upload}", "/api/zones"], paths);
    }

    [Theory]
    [InlineData("/api/today?date=2026-13-01", "date '2026-13-01': expected a date as yyyy-mm-dd")]
    [InlineData("/api/today?date=1850-01-01", "date '1850-01-01': expected a date from 1900-01-01 to 2199-12-31")]
    public async Task Today_BadDate_IsAProblemNamingDate(string path, string detail)
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");

        using var response = await ana.Client.GetAsync(path);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("date", problem.GetProperty("field").GetString());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
    }
}
