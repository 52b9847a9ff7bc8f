using Microsoft.AspNetCore.Builder;

namespace HybridCoach.Web.Tests;

/// <summary>The web app on a real socket (127.0.0.1, a free port) over its own data directory, for a real browser.</summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LiveServer(WebApplication app, string dataDirectory)
    {
        _app = app;
        DataDirectory = dataDirectory;
    }

    public string DataDirectory { get; }

    public string BaseUrl => _app.Urls.First();

    /// <param name="settings">More configuration keys (e.g. a map tile server).</param>
    public static async Task<LiveServer> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("hybridcoach-live-").FullName;
        string[] more = [.. (settings ?? new Dictionary<string, string>()).SelectMany(s => new[] { "--" + s.Key, s.Value })];
        var app = WebApp.Build(["--urls", "http://127.0.0.1:0", "--data-dir", dataDirectory, "--Logging:LogLevel:Default", "Warning", .. more]);
        await app.StartAsync();
        return new LiveServer(app, dataDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(DataDirectory, recursive: true);
    }
}
