using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>
/// A runner's first visit in a real Chromium: sign up, upload six weeks of FIT files and a real recording from the
/// corpus (a Forerunner 955 10 km run) and read the per-file report, see the real run's pace and heart-rate chart drawn,
/// see the fitness charts, add a goal race and generate the plan calendar, open a session and ask for an easier one,
/// accept it, set the profile (the browser's time zone offered), send a check-in, open Today, report knee pain and see
/// the call hold them back, then find that call in the audit and replay it identically. Each page passes axe's accessibility rules (WCAG 2 A/AA) and is
/// kept as a screenshot in docs/screenshots.
/// </summary>
public sealed class RunnerJourneyBrowserTests
{
    [BrowserFact]
    public async Task SignUpUploadTodayPain_InChromium()
    {
        await using var server = await LiveServer.StartAsync();
        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 414, Height = 896 }, TimezoneId = "Europe/Paris" });
            // A hang guard, not a speed check: with every test assembly running at once on 2 cores, the first page of a
            // fresh server can take longer than Playwright's 30 s default (seen once in a full run).
            page.SetDefaultTimeout(120_000);
            page.SetDefaultNavigationTimeout(120_000);
            await page.GotoAsync(server.BaseUrl + "/Account/SignUp");
            await AccessibleAsync(page, "sign-up");
            // By keyboard alone, as a person who does not use a mouse: Tab to each field, type, Enter to send.
            await page.GetByLabel("E-mail").FocusAsync();
            await page.Keyboard.TypeAsync("ana@example.com");
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("Password", await page.EvaluateAsync<string>("() => document.activeElement.name"));
            await page.Keyboard.TypeAsync("correct-horse-7");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync("**/Today");
            Assert.Equal("NEEDS_MORE_DATA", await page.GetByTestId("recommendation").InnerTextAsync());

            await page.GetByRole(AriaRole.Link, new() { Name = "Upload" }).ClickAsync();
            // Six weeks of runs, every other day, the newest yesterday: 21 files in one upload.
            var runs = Enumerable.Range(0, 21).Select(i => new FilePayload
            {
                Name = $"run-{i:00}.fit", MimeType = "application/octet-stream",
                Buffer = Runs.Fit(DateTimeOffset.UtcNow.Date.AddDays(-1 - 2 * i).AddHours(7), i % 3 == 0 ? 14 : 9, 330, 142),
            });
            await page.GetByLabel("Files").SetInputFilesAsync(runs);
            Assert.Equal(21, await page.GetByTestId("upload-files").Locator("li progress").CountAsync());
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/Upload/[0-9a-f]{32}$"));
            var report = page.GetByTestId("import-report");
            await report.WaitForAsync();
            Assert.Contains("Imported 21, duplicates 0, failed 0", await page.Locator("main h2").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal(21, await report.Locator("tbody tr").CountAsync());
            await AccessibleAsync(page, "upload");

            // The real watch file dropped on the drop zone, as a runner drags it from their file manager.
            await page.GetByRole(AriaRole.Link, new() { Name = "Upload more" }).ClickAsync();
            var dropped = await page.EvaluateHandleAsync(
                "b64 => { const dt = new DataTransfer(); dt.items.add(new File([Uint8Array.from(atob(b64), c => c.charCodeAt(0))], 'Fr955v19.28andStryd.fit')); return dt; }",
                Convert.ToBase64String(await File.ReadAllBytesAsync(Corpus.Path("fit", "Fr955v19.28andStryd.fit"))));
            await page.DispatchEventAsync("[data-drop-zone]", "drop", new Dictionary<string, object> { ["dataTransfer"] = dropped });
            Assert.StartsWith("Fr955v19.28andStryd.fit (", await page.GetByTestId("upload-files").InnerTextAsync(), StringComparison.Ordinal);
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
            await page.GetByTestId("import-report").GetByRole(AriaRole.Link).ClickAsync();
            await page.Locator("#chart[data-drawn=true] canvas").WaitForAsync();
            await page.Locator("#chart2[data-drawn=true] canvas").WaitForAsync();
            await page.Locator("#track[data-drawn=true]").WaitForAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Over time" }).ClickAsync();
            await page.Locator("#chart[data-x=time] canvas").WaitForAsync();
            await page.Locator("#chart2[data-x=time] canvas").WaitForAsync();
            Assert.Equal("true", await page.GetByRole(AriaRole.Button, new() { Name = "Over time" }).GetAttributeAsync("aria-pressed"));
            Assert.Equal(1, await page.Locator("#chart canvas").CountAsync());
            Assert.Contains("10.0", await page.Locator("main p").First.InnerTextAsync(), StringComparison.Ordinal);
            Assert.True(await page.GetByTestId("laps").Locator("tbody tr").CountAsync() >= 1);
            await AccessibleAsync(page, "activity");

            await page.GetByRole(AriaRole.Link, new() { Name = "Fitness" }).ClickAsync();
            await page.Locator("#pmc[data-drawn=true] canvas").WaitForAsync();
            await page.Locator("#acwr[data-drawn=true] canvas").WaitForAsync();
            Assert.Contains("Last 7 days", await page.GetByTestId("fitness-now").InnerTextAsync(), StringComparison.Ordinal);
            await AccessibleAsync(page, "fitness");

            await page.GetByRole(AriaRole.Link, new() { Name = "Profile" }).ClickAsync();
            Assert.Equal("Europe/Paris", await page.GetByLabel("Time zone (e.g. Europe/Paris)").InputValueAsync());
            await page.GetByLabel("Name").FillAsync("Ana");
            await page.GetByLabel("Birth year").FillAsync("1990");
            await page.GetByLabel("Lactate-threshold heart rate (bpm)").FillAsync("168");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the profile" }).ClickAsync();
            await page.GetByTestId("hr-zones").WaitForAsync();
            Assert.Contains("Saved.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            await AccessibleAsync(page, "profile");

            await page.GetByRole(AriaRole.Link, new() { Name = "API tokens" }).ClickAsync();
            await page.GetByLabel("What uses it (e.g. “watch sync script”)").FillAsync("garmin bridge");
            await page.GetByRole(AriaRole.Button, new() { Name = "Make a token" }).ClickAsync();
            Assert.StartsWith("hc_", await page.GetByTestId("token").InputValueAsync(), StringComparison.Ordinal);
            await AccessibleAsync(page, "api-tokens");

            await page.GetByRole(AriaRole.Link, new() { Name = "Races" }).ClickAsync();
            await page.GetByLabel("Date").FillAsync(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(70)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByLabel("Name").FillAsync("City Half");
            await page.GetByLabel("Distance (e.g. 10k, half, marathon, 21.1km)").FillAsync("half");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add the race" }).ClickAsync();
            await page.GetByTestId("races").WaitForAsync();
            await AccessibleAsync(page, "races");
            await page.GetByRole(AriaRole.Link, new() { Name = "Plan" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Generate my plan" }).ClickAsync();
            var calendar = page.GetByTestId("calendar");
            await calendar.WaitForAsync();
            Assert.True(await calendar.Locator("tr[data-compliance=upcoming]").CountAsync() >= 30);
            await AccessibleAsync(page, "plan");
            await page.GetByRole(AriaRole.Link, new() { Name = "Compare the three variants" }).ClickAsync();
            await page.Locator("#variants-chronic[data-drawn=true] canvas").WaitForAsync();
            await page.Locator("#variants-acwr[data-drawn=true] canvas").WaitForAsync();
            Assert.Contains("moderate (active)", await page.GetByTestId("variants").InnerTextAsync(), StringComparison.Ordinal);
            await AccessibleAsync(page, "plan-variants");
            await page.GetByRole(AriaRole.Link, new() { Name = "← Plan" }).ClickAsync();

            await page.GetByTestId("calendar").Locator("tr[data-compliance=upcoming] a").Filter(new() { HasNotTextString = "Rest" }).First.ClickAsync();
            await page.GetByTestId("session-title").WaitForAsync();
            var planned = await page.GetByTestId("session-title").InnerTextAsync();
            await AccessibleAsync(page, "session");
            await page.GetByLabel("Why should it change? (e.g. “legs heavy”, “only 30 min”)").FillAsync("legs heavy");
            await page.GetByRole(AriaRole.Button, new() { Name = "Ask for an easier session" }).ClickAsync();
            await page.GetByTestId("open-adjustment").WaitForAsync();
            await AccessibleAsync(page, "session-adjust");
            await page.GetByRole(AriaRole.Button, new() { Name = "Accept the replacement" }).ClickAsync();
            await page.GetByTestId("adjustment-decided").WaitForAsync();
            Assert.Contains("accepted", await page.GetByTestId("adjustment-decided").InnerTextAsync(), StringComparison.Ordinal);
            Assert.NotEqual(planned, await page.GetByTestId("session-title").InnerTextAsync());

            await page.GetByRole(AriaRole.Link, new() { Name = "Check-in" }).ClickAsync();
            await page.GetByLabel("How hard the week felt, 1 (easy) to 10 (all out)").FillAsync("5");
            await page.GetByLabel("How tired you are, 1 (fresh) to 10 (exhausted)").FillAsync("4");
            await page.GetByLabel("What you would like to change").FillAsync("a longer long run");
            await page.GetByRole(AriaRole.Button, new() { Name = "Send the check-in" }).ClickAsync();
            await page.GetByTestId("checkin-result").WaitForAsync();
            Assert.Contains("a longer long run", await page.GetByTestId("checkin-result").InnerTextAsync(), StringComparison.Ordinal);
            await AccessibleAsync(page, "checkin");

            await page.GetByRole(AriaRole.Link, new() { Name = "Activities" }).ClickAsync();
            Assert.Equal(22, await page.GetByTestId("activities").Locator("tbody tr").CountAsync());
            await AccessibleAsync(page, "activities");

            await page.GetByRole(AriaRole.Link, new() { Name = "Today" }).ClickAsync();
            var before = await page.GetByTestId("recommendation").InnerTextAsync();
            await AccessibleAsync(page, "today");
            await page.GetByLabel("Pain (not soreness): where? Leave empty for none").FillAsync("knee");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save signals" }).ClickAsync();
            await page.WaitForURLAsync("**/Today");

            Assert.NotEqual("FULL_REST", before);
            Assert.Equal("FULL_REST", await page.GetByTestId("recommendation").InnerTextAsync());
            await Browser.ScreenshotAsync(page, "today-pain");

            await page.GetByRole(AriaRole.Link, new() { Name = "Audit", Exact = true }).ClickAsync();
            await page.GetByTestId("decisions").WaitForAsync();
            Assert.StartsWith("Hash chain intact", await page.GetByTestId("chain").InnerTextAsync(), StringComparison.Ordinal);
            await AccessibleAsync(page, "audit");
            await page.GetByTestId("decisions").GetByRole(AriaRole.Link).First.ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Replay with the recorded settings" }).ClickAsync();
            Assert.StartsWith("Identical: the engine decides FULL_REST again", await page.GetByTestId("replay").InnerTextAsync(), StringComparison.Ordinal);
            await AccessibleAsync(page, "audit-record");
        }
    }

    /// <summary>No axe violation on the page (labels, contrast, landmarks, names), then a screenshot of it.</summary>
    private static async Task AccessibleAsync(IPage page, string name)
    {
        var result = await page.RunAxe();
        Assert.True(result.Violations.Length == 0,
            $"{name}: " + string.Join("; ", result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
        await Browser.ScreenshotAsync(page, name);
    }
}
