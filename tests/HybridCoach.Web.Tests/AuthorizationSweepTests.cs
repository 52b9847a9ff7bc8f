using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>
/// Issue 16 item 3: every page and endpoint the app maps — found from its own route table, so a new one is swept
/// without touching this test — tried as nobody and as another athlete. Nobody is sent to sign in (pages) or answered
/// 401 (API); another athlete gets their own view (ids are per athlete: their own record 1, if any) or 404 for the
/// owner's activities and sessions, never a byte of the owner's data.
/// </summary>
public sealed partial class AuthorizationSweepTests : IDisposable
{
    /// <summary>What is open without an account: the landing page, the error page, the account pages, the API description and the secret-link feed.</summary>
    private static readonly string[] Anonymous = ["/", "/Index", "/Error"];

    private static readonly string[] AnonymousPrefixes = ["/Account/", "/openapi/", "/feeds/"];

    private readonly CoachWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task EveryRoute_AsNobody_AsksToSignIn_AndAsAnotherAthlete_ShowsNoneOfTheOwners()
    {
        using var ana = await PlannedAthlete.CreateAsync(_factory, "ana@example.com");
        using var ben = _factory.Session();
        await ben.SignUpAsync("ben@example.com");
        using var nobody = _factory.Session();
        await ana.GetAsync("/Today");
        var activityId = WebSession.ActivityIds((await ana.GetAsync("/Activities")).Body)[0];
        var sessionDay = PlannedAthlete.SessionDays((await ana.GetAsync("/Plan")).Body)[^1].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (_, _, uploadPage) = await ana.PostUploadAsync([("again.fit", Runs.Fit(DateTimeOffset.UtcNow.Date.AddDays(-2).AddHours(18), 5, 330))]);
        var upload = uploadPage!["/Upload/".Length..];
        var routes = Routes(activityId, sessionDay, upload);

        Assert.True(routes.Count >= 20, $"only {routes.Count} routes found: {string.Join(", ", routes)}");
        foreach (var (method, path) in routes)
        {
            var open = Anonymous.Contains(path) || AnonymousPrefixes.Any(a => path.StartsWith(a, StringComparison.Ordinal));
            var owner = await SendAsync(ana, method, path);
            var asNobody = await SendAsync(nobody, method, path);
            var asBen = await SendAsync(ben, method, path);
            if (!open)
            {
                var signIn = asNobody.Status == HttpStatusCode.Redirect && asNobody.Location?.Contains("/Account/SignIn", StringComparison.Ordinal) == true;
                Assert.True(signIn || asNobody.Status == HttpStatusCode.Unauthorized || (method == "POST" && asNobody.Status == HttpStatusCode.BadRequest),
                    $"{method} {path} as nobody: {asNobody.Status} {asNobody.Location}");
            }
            Assert.DoesNotContain(PlannedAthlete.RaceName, asBen.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("ana@example.com", asBen.Body, StringComparison.Ordinal);
            var segments = path.Split('/', '?');
            if (method == "GET" && (segments.Contains(sessionDay) || segments.Contains(upload) || (path.Contains("ctivities/", StringComparison.Ordinal) && segments.Contains(activityId))))
            {
                Assert.True(owner.Status == HttpStatusCode.OK, $"{method} {path} as the owner: {owner.Status}");
                Assert.True(asBen.Status == HttpStatusCode.NotFound, $"{method} {path} as another athlete: {asBen.Status}");
            }
        }
    }

    /// <summary>Every GET and POST route of the app with its parameters filled from the owner's data, plus the page handlers reached by query.</summary>
    private List<(string Method, string Path)> Routes(string activityId, string sessionDay, string upload)
    {
        var values = new Dictionary<string, string> { ["id"] = activityId, ["date"] = sessionDay, ["upload"] = upload, ["token"] = new string('A', 43), ["documentName"] = "v1" };
        var found = new List<(string, string)>();
        foreach (var endpoint in _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var path = "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart l => l.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart r => values[r.Name],
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart s => s.Content,
                _ => "",
            }))));
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            foreach (var method in methods.Where(m => m is "GET" or "POST")) found.Add((method, path));
        }
        found.Add(("GET", $"/Plan/Session/{sessionDay}?handler=Workout"));
        return [.. found.Distinct()];
    }

    private static async Task<(HttpStatusCode Status, string Body, string? Location)> SendAsync(WebSession session, string method, string path)
    {
        if (method == "GET") return await session.GetAsync(path);
        using HttpContent body = path == "/api/uploads" ? new MultipartFormDataContent { { new ByteArrayContent([]), "files", "empty.fit" } }
            : path.StartsWith("/api/", StringComparison.Ordinal) ? new StringContent("{}", System.Text.Encoding.UTF8, "application/json")
            : new FormUrlEncodedContent(new Dictionary<string, string>());
        using var response = await session.Client.PostAsync(path, body);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.ToString());
    }

}
