using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>
/// In Chromium: with a tile server configured, a real recording's track is drawn over the map's tiles (Leaflet from our
/// own wwwroot). The tile server is the browser's own stand-in (every request to it answered with a small PNG), so
/// the test needs no network and sees exactly which tiles were asked for.
/// </summary>
public sealed partial class ActivityMapBrowserTests
{
    /// <summary>A 1×1 PNG (RFC 2083 layout: signature, IHDR, IDAT, IEND).</summary>
    private static readonly byte[] Tile = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [BrowserFact]
    public async Task TrackOverTiles_OnlyFromTheConfiguredServer()
    {
        // The upload's page is shown at once (no wait), so the import finishes under the page's own progress script.
        var settings = new Dictionary<string, string>(ActivityMapTests.Tiles) { ["HybridCoach:UploadInlineWaitMs"] = "0" };
        await using var server = await LiveServer.StartAsync(settings);
        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 414, Height = 896 } });
            page.SetDefaultTimeout(120_000);
            var tiles = new List<string>();
            var elsewhere = new List<string>();
            await page.RouteAsync("https://tiles.test/**", async route =>
            {
                lock (tiles) tiles.Add(route.Request.Url);
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "image/png", BodyBytes = Tile });
            });
            page.Request += (_, request) =>
            {
                if (!request.Url.StartsWith(server.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("https://tiles.test/", StringComparison.Ordinal)
                    && !request.Url.StartsWith("data:", StringComparison.Ordinal)) lock (elsewhere) elsewhere.Add(request.Url);
            };
            await page.GotoAsync(server.BaseUrl + "/Account/SignUp");
            await page.GetByLabel("E-mail").FillAsync("ana@example.com");
            await page.GetByLabel("Password (at least 10 characters, with a digit)").FillAsync("correct-horse-7");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
            await page.WaitForURLAsync("**/Today");
            await page.GetByRole(AriaRole.Link, new() { Name = "Upload" }).ClickAsync();
            await page.GetByLabel("Files").SetInputFilesAsync(Corpus.Path("fit", "Fr955v19.28andStryd.fit"));
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
            await page.WaitForURLAsync(new Regex("/Upload/[0-9a-f]{32}$"));
            await page.GetByTestId("import-report").GetByRole(AriaRole.Link).ClickAsync();

            await page.Locator("#map[data-drawn=true]").WaitForAsync();
            await page.Locator("#map img.leaflet-tile-loaded").First.WaitForAsync();

            Assert.NotEmpty(tiles);
            Assert.All(tiles, url => Assert.Matches(TilePattern(), url));
            Assert.Empty(elsewhere);
            Assert.Equal(2, await page.Locator("#map path.leaflet-interactive").CountAsync());
            Assert.Contains("Test Tiles", await page.Locator("#map .leaflet-control-attribution").InnerTextAsync(), StringComparison.Ordinal);
            var axe = await page.RunAxe();
            Assert.True(axe.Violations.Length == 0, string.Join("; ", axe.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
            await Browser.ScreenshotAsync(page, "activity-map");
        }
    }

    [GeneratedRegex(@"^https://tiles\.test/(1[0-9])/\d+/\d+\.png$")]
    private static partial Regex TilePattern();
}
