using System.Net.Http.Json;
using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>
/// One person's visit: GETs pages and posts their forms the way a browser does, with the antiforgery token the page
/// gave and the cookies the server set.
/// </summary>
public sealed partial class WebSession(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public async Task<(HttpStatusCode Status, string Body, string? Location)> GetAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.ToString());
    }

    /// <summary>Posts <paramref name="fields"/> to <paramref name="action"/> with the token from <paramref name="page"/>.</summary>
    public async Task<(HttpStatusCode Status, string Body, string? Location)> PostFormAsync(string page, string action, IDictionary<string, string> fields)
    {
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = await TokenAsync(page) };
        using var response = await Client.PostAsync(action, new FormUrlEncodedContent(form));
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.ToString());
    }

    /// <summary>Uploads files (name, bytes) through the Upload page's form.</summary>
    public async Task<(HttpStatusCode Status, string Body)> UploadAsync(params (string Name, byte[] Bytes)[] files)
        => await UploadAsync((IEnumerable<(string, byte[])>)files);

    /// <summary>
    /// Uploads files (name, bytes) through the Upload page's form, all in one request, and answers the upload's page once
    /// its import has finished (following the redirect, then the API's progress like the page's script).
    /// </summary>
    public async Task<(HttpStatusCode Status, string Body)> UploadAsync(IEnumerable<(string Name, byte[] Bytes)> files)
    {
        var (status, body, location) = await PostUploadAsync(files);
        if (status != HttpStatusCode.Redirect || location is null) return (status, body);
        var id = location["/Upload/".Length..];
        for (var polls = 0; polls < 600; polls++)
        {
            var job = await Client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/uploads/{id}");
            if (job.GetProperty("state").GetString() is "done" or "failed") break;
            await Task.Delay(100);
        }
        var page = await GetAsync(location);
        return (page.Status, page.Body);
    }

    /// <summary>Posts files to the Upload page: its answer (a redirect to the upload's page, or the form with why not).</summary>
    public async Task<(HttpStatusCode Status, string Body, string? Location)> PostUploadAsync(IEnumerable<(string Name, byte[] Bytes)> files)
    {
        using var content = new MultipartFormDataContent { { new StringContent(await TokenAsync("/Upload")), "__RequestVerificationToken" } };
        foreach (var (name, bytes) in files) content.Add(new ByteArrayContent(bytes), "files", name);
        using var response = await Client.PostAsync("/Upload", content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.OriginalString);
    }

    public async Task SignUpAsync(string email, string password = "correct-horse-7")
    {
        var (status, body, location) = await PostFormAsync("/Account/SignUp", "/Account/SignUp", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        Assert.True(status == HttpStatusCode.Redirect && location == "/Today", $"sign-up of {email}: {status} {location} {Text(body)}");
    }

    public async Task SignInAsync(string email, string password = "correct-horse-7")
    {
        var (status, body, location) = await PostFormAsync("/Account/SignIn", "/Account/SignIn", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        Assert.True(status == HttpStatusCode.Redirect, $"sign-in of {email}: {status} {location} {Text(body)}");
    }

    public async Task<string> TokenAsync(string page)
    {
        var (_, body, _) = await GetAsync(page);
        return Token().Match(body) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException($"{page} has no antiforgery token");
    }

    /// <summary>The text a person reads in <paramref name="html"/> (tags removed, entities decoded, spaces collapsed).</summary>
    public static string Text(string html) => Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    /// <summary>The inner text of the element carrying data-testid="<paramref name="id"/>".</summary>
    public static string TestId(string html, string id) =>
        new Regex($"data-testid=\"{Regex.Escape(id)}\"[^>]*>(.*?)</", RegexOptions.Singleline).Match(html) is { Success: true } m
            ? Text(m.Groups[1].Value) : throw new InvalidOperationException($"no data-testid=\"{id}\" in the page");

    /// <summary>The ids of the activities <paramref name="html"/> links to, in page order.</summary>
    public static IReadOnlyList<string> ActivityIds(string html) => [.. ActivityLink().Matches(html).Select(m => m.Groups[1].Value)];

    /// <summary>The page's text without its antiforgery token (two answers compared as a person reads them).</summary>
    public static string TestIdFree(string html) => Text(Token().Replace(html, ""));

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("href=\"/Activities/(\\d+)\"")]
    private static partial Regex ActivityLink();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
