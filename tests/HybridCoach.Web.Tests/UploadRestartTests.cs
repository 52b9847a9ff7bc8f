using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HybridCoach.Application.Import;
using Microsoft.Data.Sqlite;
using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>
/// An upload outlives the server that took it: after a restart over the same data directory its page and the API
/// still give its report, one the stop left unfinished reads as stopped (saying the rest can be uploaded again), and
/// another account still gets 404.
/// </summary>
public sealed class UploadRestartTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("hybridcoach-restart-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    private static (string Name, byte[] Bytes) Run(int km) => ($"run-{km}.fit", Runs.Fit(DateTimeOffset.UtcNow.Date.AddDays(-1).AddHours(7), km, 330));

    [Fact]
    public async Task Finished_SameReportAfterARestart_AnotherAccountStill404()
    {
        string id;
        JsonElement before;
        using (var first = new CoachWebFactory(dataDirectory: _data))
        {
            using var ana = first.Session();
            await ana.SignUpAsync("ana@example.com");
            using var ben = first.Session();
            await ben.SignUpAsync("ben@example.com");
            var (_, _, location) = await ana.PostUploadAsync([Run(10), ("notes.txt", "hello"u8.ToArray())]);
            id = location![(location!.LastIndexOf('/') + 1)..];
            before = await ana.Client.GetFromJsonAsync<JsonElement>($"/api/uploads/{id}");
        }

        using var second = new CoachWebFactory(dataDirectory: _data);
        using var again = second.Session();
        await again.SignInAsync("ana@example.com");
        using var benAgain = second.Session();
        await benAgain.SignInAsync("ben@example.com");
        var after = await again.Client.GetFromJsonAsync<JsonElement>($"/api/uploads/{id}");
        var page = await again.GetAsync($"/Upload/{id}");
        using var bens = await benAgain.Client.GetAsync($"/api/uploads/{id}");

        Assert.Equal("done", before.GetProperty("state").GetString());
        Assert.Equal(before.GetRawText(), after.GetRawText());
        Assert.Contains("Imported 1, duplicates 0, failed 1, skipped 0", WebSession.Text(page.Body), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, bens.StatusCode);
    }

    [Fact]
    public async Task QueuedWhenStopped_ReadsStoppedAfterTheRestart_StagedFilesGone()
    {
        string id;
        using (var first = new CoachWebFactory(importUploads: false, dataDirectory: _data))
        {
            using var ana = first.Session();
            await ana.SignUpAsync("ana@example.com");
            var (_, _, location) = await ana.PostUploadAsync([Run(8)]);
            id = location![(location!.LastIndexOf('/') + 1)..];
            Assert.Equal("queued", (await ana.Client.GetFromJsonAsync<JsonElement>($"/api/uploads/{id}")).GetProperty("state").GetString());
        }

        using var second = new CoachWebFactory(dataDirectory: _data);
        using var again = second.Session();
        await again.SignInAsync("ana@example.com");
        var after = await again.Client.GetFromJsonAsync<JsonElement>($"/api/uploads/{id}");

        Assert.Equal(("failed", Web.Uploads.UploadWorker.StoppedMessage), (after.GetProperty("state").GetString(), after.GetProperty("error").GetString()));
        Assert.Equal(["run-8.fit"], after.GetProperty("uploaded").EnumerateArray().Select(u => u.GetString()));
        Assert.False(Directory.Exists(Path.Combine(_data, StagedImport.FolderName, id)), "a stopped upload's staged files are deleted at start-up");
    }
}
