namespace HybridCoach.Web.Maps;

/// <summary>
/// The map tiles drawn under an activity's track, when the operator configures a tile server
/// (`HybridCoach:Map:TileUrl`, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png, and the attribution its terms ask
/// for, `HybridCoach:Map:Attribution`). Without one, no tile is fetched from anywhere: the track is drawn from its
/// coordinates alone. Tile servers require their attribution (OpenStreetMap's tile usage policy,
/// operations.osmfoundation.org/policies/tiles), so a tile URL without one is refused at start.
/// </summary>
public sealed record MapTiles(string? TileUrl, string? Attribution)
{
    public const string TileUrlKey = "HybridCoach:Map:TileUrl";
    public const string AttributionKey = "HybridCoach:Map:Attribution";

    public bool Enabled => TileUrl is not null;

    public static MapTiles Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var url = configuration[TileUrlKey]?.Trim();
        if (string.IsNullOrEmpty(url)) return new MapTiles(null, null);
        if (!Uri.TryCreate(url.Replace("{s}", "a", StringComparison.Ordinal), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            throw new InvalidOperationException($"{TileUrlKey} '{url}': expected an absolute http(s) address");
        if (new[] { "{z}", "{x}", "{y}" }.FirstOrDefault(p => !url.Contains(p, StringComparison.Ordinal)) is { } missing)
            throw new InvalidOperationException($"{TileUrlKey} '{url}': has no {missing} (expected e.g. https://tile.example.org/{{z}}/{{x}}/{{y}}.png)");
        var attribution = configuration[AttributionKey]?.Trim();
        return string.IsNullOrEmpty(attribution)
            ? throw new InvalidOperationException($"{AttributionKey} is not set: a tile server's terms ask for its attribution on the map (e.g. \"© OpenStreetMap contributors\")")
            : new MapTiles(url, attribution);
    }
}
