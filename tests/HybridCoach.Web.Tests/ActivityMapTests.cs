using System.Globalization;
using System.Text;
using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>
/// A map under the activity's track only when a tile server is configured (issue 16 item 4): then the page carries
/// Leaflet from our own wwwroot and the configured tiles; without one, the track is drawn alone and nothing points at
/// a tile server. A tile URL that is not one, or without its attribution, stops the start naming the key.
/// </summary>
public sealed class ActivityMapTests
{
    public const string TileUrl = "https://tiles.test/{z}/{x}/{y}.png";
    public const string Attribution = "© Test Tiles";

    public static Dictionary<string, string> Tiles => new() { ["HybridCoach:Map:TileUrl"] = TileUrl, ["HybridCoach:Map:Attribution"] = Attribution };

    /// <summary>A 2 km GPX run along a street in Paris, one point every 100 m (10 s apart).</summary>
    public static byte[] Gpx(DateTimeOffset start)
    {
        var points = new StringBuilder();
        for (var i = 0; i <= 20; i++)
            points.Append(CultureInfo.InvariantCulture, $"<trkpt lat=\"48.85{i:00}0\" lon=\"2.3500\"><time>{start.AddSeconds(30 * i):yyyy-MM-ddTHH:mm:ssZ}</time></trkpt>");
        return Encoding.UTF8.GetBytes($"""<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>{points}</trkseg></trk></gpx>""");
    }

    [Fact]
    public async Task TileUrlConfigured_TrackOnTheMap_ElseDrawnAlone()
    {
        using var withTiles = new CoachWebFactory(settings: Tiles);
        using var without = new CoachWebFactory();
        var yesterday = DateTimeOffset.UtcNow.Date.AddDays(-1).AddHours(7);

        var mapped = await ActivityPageAsync(withTiles, Gpx(yesterday));
        var alone = await ActivityPageAsync(without, Gpx(yesterday));

        Assert.Contains($"data-tile-url=\"{TileUrl}\"", mapped, StringComparison.Ordinal);
        Assert.Contains("data-attribution=\"&#xA9; Test Tiles\"", mapped, StringComparison.Ordinal);
        Assert.Contains("/lib/leaflet/leaflet.js", mapped, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"track\"", mapped, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"track\"", alone, StringComparison.Ordinal);
        Assert.DoesNotContain("leaflet", alone, StringComparison.Ordinal);
        Assert.DoesNotContain("data-tile-url", alone, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tiles.test/{z}/{x}/{y}.png", Attribution, "HybridCoach:Map:TileUrl 'tiles.test/{z}/{x}/{y}.png': expected an absolute http(s) address")]
    [InlineData("https://tiles.test/{z}/{x}.png", Attribution, "HybridCoach:Map:TileUrl 'https://tiles.test/{z}/{x}.png': has no {y}")]
    [InlineData(TileUrl, "", "HybridCoach:Map:Attribution is not set")]
    public void BadTileSetting_StopsTheStart_NamingTheKey(string url, string attribution, string expected)
    {
        using var factory = new CoachWebFactory(settings: new Dictionary<string, string> { ["HybridCoach:Map:TileUrl"] = url, ["HybridCoach:Map:Attribution"] = attribution });

        Assert.Contains(expected, StartFailure.Of(factory), StringComparison.Ordinal);
    }

    private static async Task<string> ActivityPageAsync(CoachWebFactory factory, byte[] gpx)
    {
        using var ana = factory.Session();
        await ana.SignUpAsync("ana@example.com");
        var (_, report) = await ana.UploadAsync(("street.gpx", gpx));
        Assert.Contains("Imported 1,", WebSession.Text(report), StringComparison.Ordinal);
        return (await ana.GetAsync("/Activities/" + WebSession.ActivityIds((await ana.GetAsync("/Activities")).Body)[0])).Body;
    }
}
