using Microsoft.Playwright;

namespace HybridCoach.Web.Tests;

/// <summary>Debian's Chromium driven by Playwright (no browser download), headless, with the flags this machine's closed network needs.</summary>
public static class Browser
{
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return (playwright, browser);
    }

    /// <summary>A screenshot of the whole page into docs/screenshots (linked from the README).</summary>
    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = HybridCoach.Testing.RepositoryRoot.File("docs", "screenshots", name + ".png"), FullPage = true });
}
