using HybridCoach.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HybridCoach.Web.Tests;

/// <summary>The web app in memory (ASP.NET Core's test server) over a data directory of its own, deleted afterwards.</summary>
/// <remarks>With <paramref name="importUploads"/> false no upload is ever imported (the background worker is not started), so an upload stays queued.</remarks>
/// <remarks><paramref name="settings"/> are more configuration keys (e.g. a mail server).</remarks>
/// <remarks>Given a <paramref name="dataDirectory"/> (a server started again over another's data), it leaves the directory in place.</remarks>
public sealed class CoachWebFactory(bool importUploads = true, IReadOnlyDictionary<string, string>? settings = null, string? dataDirectory = null)
    : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = dataDirectory ?? Directory.CreateTempSubdirectory("hybridcoach-web-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(ConfigurationKeys.DataDirectory, DataDirectory);
        builder.UseEnvironment("Production");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        if (!importUploads)
            builder.ConfigureServices(services => services.Remove(services.Single(d => d.ImplementationType == typeof(Uploads.UploadWorker))));
    }

    /// <summary>A browser-like session: its own cookies, redirects not followed (so tests see them).</summary>
    public WebSession Session() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && dataDirectory is null && Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
    }
}
