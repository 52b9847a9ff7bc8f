using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>
/// Uploads imported in the background (issue 16 item 4): the upload's own page with the per-file report under the
/// runner's file names (no server path), its progress while it waits, the API's 202 and progress, at most three going
/// per athlete, and nobody else's upload to be seen.
/// </summary>
public sealed class UploadJobTests : IDisposable
{
    private readonly CoachWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Upload_RedirectsToItsPage_WithTheReportInTheRunnersNames_AnotherAccountGets404()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");
        using var ben = _factory.Session();
        await ben.SignUpAsync("ben@example.com");

        var (status, _, location) = await ana.PostUploadAsync([("morning run.fit", Runs.Fit(DateTimeOffset.UtcNow.Date.AddDays(-1).AddHours(7), 10, 300)), ("notes.txt", "hello"u8.ToArray())]);
        var page = await ana.GetAsync(location!);
        var id = location![(location!.LastIndexOf('/') + 1)..];
        var json = await ana.Client.GetFromJsonAsync<JsonElement>($"/api/uploads/{id}");
        var bensPage = await ben.GetAsync(location);
        using var bensJson = await ben.Client.GetAsync($"/api/uploads/{id}");

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Matches("^/Upload/[0-9a-f]{32}$", location);
        var text = WebSession.Text(page.Body);
        Assert.Contains("Upload of 2 files morning_run.fit, notes.txt", text, StringComparison.Ordinal);
        Assert.Contains("Imported 1, duplicates 0, failed 1, skipped 0", text, StringComparison.Ordinal);
        Assert.Contains("morning_run.fit imported run ", text, StringComparison.Ordinal);
        Assert.Contains("notes.txt failed notes.txt: ", text, StringComparison.Ordinal);
        Assert.DoesNotContain(_factory.DataDirectory, page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("0001-", page.Body, StringComparison.Ordinal);
        Assert.Equal(("done", 2, 2, 100), (json.GetProperty("state").GetString(), json.GetProperty("completed").GetInt32(), json.GetProperty("total").GetInt32(), json.GetProperty("percent").GetInt32()));
        Assert.Equal(("notes.txt", "failed"), (json.GetProperty("report").GetProperty("files")[1].GetProperty("source").GetString(), json.GetProperty("report").GetProperty("files")[1].GetProperty("status").GetString()));
        Assert.False(Directory.Exists(Path.Combine(_factory.DataDirectory, "uploads", id)), "the staged files are deleted once imported");
        Assert.Equal(HttpStatusCode.NotFound, bensPage.Status);
        Assert.Equal(HttpStatusCode.NotFound, bensJson.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ana.GetAsync("/Upload/" + new string('0', 32))).Status);
    }

    [Fact]
    public async Task Api_Upload_Is202WithTheReport_AndNoFileNamesTheField()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");
        var token = await ana.TokenAsync("/Upload");

        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        content.Add(new ByteArrayContent(Runs.Fit(DateTimeOffset.UtcNow.Date.AddDays(-1).AddHours(7), 8, 330)), "files", "easy.fit");
        using var accepted = await ana.Client.PostAsync("/api/uploads", content);
        var json = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        using var empty = await ana.Client.PostAsync("/api/uploads", new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } });
        var problem = await empty.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal($"/api/uploads/{json.GetProperty("id").GetString()}", accepted.Headers.Location?.OriginalString);
        Assert.Equal(("done", 1), (json.GetProperty("state").GetString(), json.GetProperty("report").GetProperty("imported").GetInt32()));
        Assert.Equal(8000, json.GetProperty("report").GetProperty("files")[0].GetProperty("distance_m").GetDouble(), 0);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("files", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Queued_ShowsItsProgressPage_AndAFourthUploadIsRefusedUntilOneFinishes()
    {
        using var factory = new CoachWebFactory(importUploads: false);
        using var ana = factory.Session();
        await ana.SignUpAsync("ana@example.com");
        using var ben = factory.Session();
        await ben.SignUpAsync("ben@example.com");
        var run = ("run.fit", Runs.Fit(DateTimeOffset.UtcNow.Date.AddDays(-1).AddHours(7), 5, 330));

        var first = await ana.PostUploadAsync([run]);
        await ana.PostUploadAsync([run]);
        await ana.PostUploadAsync([run]);
        var (fourth, fourthBody, _) = await ana.PostUploadAsync([run]);
        var (bens, _, _) = await ben.PostUploadAsync([run]);
        var progress = await ana.GetAsync(first.Location!);
        var json = await ana.Client.GetFromJsonAsync<JsonElement>("/api" + first.Location!.Replace("/Upload/", "/uploads/", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Contains("Waiting its turn…", WebSession.TestId(progress.Body, "upload-progress"), StringComparison.Ordinal);
        Assert.Contains("<progress id=\"upload-bar\" max=\"100\" value=\"0\"", progress.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"import-report\"", progress.Body, StringComparison.Ordinal);
        Assert.Equal(("queued", 0, JsonValueKind.Null), (json.GetProperty("state").GetString(), json.GetProperty("completed").GetInt32(), json.GetProperty("total").ValueKind));
        Assert.Equal(HttpStatusCode.OK, fourth);
        Assert.Contains("you already have 3 uploads being imported; wait until one has finished", WebSession.Text(fourthBody), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, bens);
        Assert.Equal(4, Directory.GetDirectories(Path.Combine(factory.DataDirectory, "uploads")).Length);
    }
}
