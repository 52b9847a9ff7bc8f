using HybridCoach.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HybridCoach.Web.Tests;

/// <summary>The web app in memory (ASP.NET Core's test server) over a data directory of its own, deleted afterwards.</summary>
public sealed class CoachWebFactory : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("hybridcoach-web-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(ConfigurationKeys.DataDirectory, DataDirectory);
        builder.UseEnvironment("Production");
    }

    /// <summary>A browser-like session: its own cookies, redirects not followed (so tests see them).</summary>
    public WebSession Session() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
    }
}
