using System.Diagnostics;
using System.Globalization;

namespace HybridCoach.WebLoad;

/// <summary>
/// The upload target: one FIT file posted through the Upload page's form until it is a stored activity (the post is
/// answered once the background import is done, and the upload's page shows its per-file report), then Today opened, which makes a new daily call because the history changed. Users who
/// have not uploaded it before (earlier runs over the same data) do it once each, one after another, on an otherwise
/// idle server, until <paramref name="wanted"/> uploads are measured.
/// </summary>
public static class UploadRun
{
    public static async Task<IReadOnlyList<(double UploadMs, double CallMs)>> RunAsync(Uri server, IEnumerable<string> candidates, string file, int wanted)
    {
        var bytes = await File.ReadAllBytesAsync(file);
        var results = new List<(double, double)>();
        foreach (var email in candidates)
        {
            if (results.Count == wanted) break;
            using var user = await VirtualUser.SignInAsync(server, email, SeedData.Password);
            await user.Client.GetStringAsync("/Today");
            using var content = new MultipartFormDataContent { { new StringContent(await user.TokenAsync("/Upload")), "__RequestVerificationToken" } };
            content.Add(new ByteArrayContent(bytes), "files", Path.GetFileName(file));
            var started = Stopwatch.GetTimestamp();
            using var upload = await user.Client.PostAsync("/Upload", content);
            if (upload.StatusCode != System.Net.HttpStatusCode.Redirect || upload.Headers.Location is null)
                throw new InvalidOperationException($"upload of {file}: {(int)upload.StatusCode}, not taken");
            var body = await user.Client.GetStringAsync(upload.Headers.Location);
            var uploadMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (body.Contains("duplicates 1,", StringComparison.Ordinal)) continue;
            if (!body.Contains("Imported 1,", StringComparison.Ordinal))
                throw new InvalidOperationException($"upload of {file}: not imported within the page's wait");
            started = Stopwatch.GetTimestamp();
            using var today = await user.Client.GetAsync("/Today");
            await today.Content.ReadAsStringAsync();
            results.Add((uploadMs, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
        }
        return results;
    }

    public static string Row(string name, IReadOnlyList<double> ms)
    {
        var sorted = ms.Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture, $"| {name} | {sorted.Length} | {sorted[sorted.Length / 2]:0} | {sorted[^1]:0} |");
    }
}
