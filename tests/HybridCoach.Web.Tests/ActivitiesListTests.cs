using System.Text.RegularExpressions;
using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>The activity list (issue 16 item 4): fifty to a page, newest first, an "older" link to the next page, and date filters on the athlete's local dates.</summary>
public sealed partial class ActivitiesListTests : IDisposable
{
    private readonly CoachWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task FiftyToAPage_OlderLink_AndDateFilters()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");
        var today = DateTimeOffset.UtcNow.Date;
        await ana.UploadAsync([.. Enumerable.Range(0, 55).Select(i => ($"run-{i}.fit", Runs.Fit(today.AddDays(-1 - i).AddHours(7), 2, 330)))]);

        var first = await ana.GetAsync("/Activities");
        var older = System.Net.WebUtility.HtmlDecode(OlderLink().Match(first.Body).Groups[1].Value);
        var second = await ana.GetAsync("/Activities" + older);
        var from = DateOnly.FromDateTime(today.AddDays(-10)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var to = DateOnly.FromDateTime(today.AddDays(-6)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var window = await ana.GetAsync($"/Activities?from={from}&to={to}");

        Assert.Equal(50, Rows(first.Body).Count);
        Assert.Equal(5, Rows(second.Body).Count);
        Assert.DoesNotContain("data-testid=\"older\"", second.Body, StringComparison.Ordinal);
        Assert.Empty(Rows(first.Body).Intersect(Rows(second.Body)));
        Assert.Equal(Rows(first.Body).Count, Rows(first.Body).Distinct().Count());
        Assert.Equal(5, Rows(window.Body).Count);
        Assert.Contains(to, WebSession.Text(window.Body.Split("data-testid=\"activities\"")[1]), StringComparison.Ordinal);
        Assert.Contains(from, WebSession.Text(window.Body.Split("data-testid=\"activities\"")[1]), StringComparison.Ordinal);
    }

    private static List<string> Rows(string html) => [.. WebSession.ActivityIds(html)];

    [GeneratedRegex("data-testid=\"older\" href=\"([^\"]+)\"")]
    private static partial Regex OlderLink();

}
