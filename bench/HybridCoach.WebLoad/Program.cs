using System.Globalization;
using HybridCoach.WebLoad;
using HybridCoach.Web;

// The web app's bounded load run (issue 16, "Speed"): the server on 127.0.0.1 over an embedded store of many athletes
// with two years each; signed-in users request one page at a time, all at once, for a fixed time; the same server's
// static stylesheet is the floor. Then FIT uploads, each followed by the new daily call. Prints a Markdown report.
var options = LoadOptions.Parse(args);
var today = DateOnly.FromDateTime(DateTime.UtcNow);
var emails = await SeedData.EnsureAsync(options, today);
var app = WebApp.Build(["--urls", "http://127.0.0.1:0", "--data-dir", Path.Combine(options.WorkDirectory, "data"), "--Logging:LogLevel:Default", "Warning"]);
await app.StartAsync();
var server = new Uri(app.Urls.First());
try
{
    var step = Math.Max(1, emails.Count / options.Users);
    var chosen = Enumerable.Range(0, options.Users).Select(i => emails[i * step % emails.Count]).ToArray();
    var users = await Task.WhenAll(chosen.Select(e => VirtualUser.SignInAsync(server, e, SeedData.Password)));
    string[] pages = ["/Today", "/Activities", "/Fitness", "/Plan"];
    var cold = new List<string>();
    foreach (var page in pages)
    {
        var first = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(users.Select(u => u.Client.GetStringAsync(page)));
        cold.Add(string.Create(CultureInfo.InvariantCulture, $"{page} {first.Elapsed.TotalMilliseconds / users.Length:0} ms"));
    }
    var results = new List<LatencySummary> { await LoadRun.RunAsync("static floor: /css/site.css", users, _ => "/css/site.css", options.PerPage) };
    foreach (var page in pages) results.Add(await LoadRun.RunAsync(page, users, _ => page, options.PerPage));

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Web load run, {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}: {emails.Count} athletes × 2 years (~570 activities each) in the embedded SQLite store, {options.Users} signed-in users, closed loop, {options.PerPage.TotalSeconds:0} s per page, server and load generator on 127.0.0.1 in one process."));
    Console.WriteLine();
    Console.WriteLine("| page | requests | failures | req/s | p50 ms | p95 ms | p99 ms | max ms |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var r in results) Console.WriteLine(r.Row());
    Console.WriteLine();
    Console.WriteLine($"First visit after sign-in (all {options.Users} users at once, mean per user): {string.Join(", ", cold)}.");

    var upload = options.UploadFile ?? (Environment.GetEnvironmentVariable("HYBRIDCOACH_CORPUS") is { Length: > 0 } corpus ? Path.Combine(corpus, "fit", "MultiSport-2019-11-24.fit") : null);
    if (upload is not null && File.Exists(upload))
    {
        var timings = await UploadRun.RunAsync(server, emails.Except(chosen).Reverse(), upload, 5);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Upload of {Path.GetFileName(upload)} ({new FileInfo(upload).Length / 1e6:0.0} MB) by {timings.Count} users in turn, idle server:"));
        Console.WriteLine();
        Console.WriteLine("| step | runs | median ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine(UploadRun.Row("upload → stored activity (per-file report)", [.. timings.Select(t => t.UploadMs)]));
        Console.WriteLine(UploadRun.Row("then Today: the new daily call", [.. timings.Select(t => t.CallMs)]));
        Console.WriteLine(UploadRun.Row("both", [.. timings.Select(t => t.UploadMs + t.CallMs)]));
    }
    else Console.WriteLine("No upload file (--upload FILE, or HYBRIDCOACH_CORPUS for the corpus's 3 MB MultiSport-2019-11-24.fit): upload not measured.");
    foreach (var u in users) u.Dispose();
}
finally
{
    await app.StopAsync();
    await app.DisposeAsync();
}
