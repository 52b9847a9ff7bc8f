using CsvHelper;

namespace HybridCoach.Application.Import;

/// <summary>
/// Reads activities.csv from a Strava bulk export. Columns used (by header name; Strava repeats some
/// other names, and newer exports add columns, so everything else is ignored): "Activity ID",
/// "Activity Date", "Activity Name", "Activity Type", "Filename" — the last is the path of the activity's
/// file inside the export ("activities/1234.fit.gz"); manual Strava entries leave it empty.
/// </summary>
public static class StravaActivitiesCsv
{
    public const string FileName = "activities.csv";

    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with { Separator = ',' };

    /// <summary>Maps each file path (forward slashes, compared case-insensitively) to its row.</summary>
    /// <exception cref="CsvFormatException">The CSV is malformed beyond recovery.</exception>
    public static IReadOnlyDictionary<string, StravaActivityInfo> Read(byte[] csv)
    {
        var byFile = new Dictionary<string, StravaActivityInfo>(StringComparer.OrdinalIgnoreCase);
        using var reader = CsvReader.Create(csv, Options);
        if (!reader.TryGetFieldIndex("Filename", out var file)) return byFile;
        var id = Index(reader, "Activity ID");
        var date = Index(reader, "Activity Date");
        var name = Index(reader, "Activity Name");
        var type = Index(reader, "Activity Type");
        while (reader.Read())
        {
            var path = Normalise(reader.GetString(file));
            if (path.Length == 0) continue;
            byFile[path] = new StravaActivityInfo(Field(reader, id) ?? "", Field(reader, date), Field(reader, name), Field(reader, type));
        }
        return byFile;
    }

    /// <summary>
    /// The rows with no file (Strava's manual entries), with elapsed time and distance. Strava repeats both headers:
    /// the first "Distance" is in the runner's display unit (km for metric accounts), the last in metres, and "Elapsed
    /// Time" is in seconds — so the last of each is used, and a lone "Distance" is read as km.
    /// </summary>
    /// <exception cref="CsvFormatException">The CSV is malformed beyond recovery.</exception>
    public static IReadOnlyList<StravaManualRow> ReadManual(byte[] csv)
    {
        var rows = new List<StravaManualRow>();
        using var reader = CsvReader.Create(csv, Options with { TrackLineNumbers = true });
        if (!reader.TryGetFieldIndex("Filename", out var file)) return rows;
        var headers = reader.Headers;
        var distances = headers.Select((h, i) => (h, i)).Where(x => x.h.Trim() == "Distance").Select(x => x.i).ToList();
        var elapsed = headers.Select((h, i) => (h, i)).Where(x => x.h.Trim() == "Elapsed Time").Select(x => x.i).LastOrDefault(-1);
        var (id, date, name, type) = (Index(reader, "Activity ID"), Index(reader, "Activity Date"), Index(reader, "Activity Name"), Index(reader, "Activity Type"));
        while (reader.Read())
        {
            if (Normalise(reader.GetString(file)).Length > 0) continue;
            var distanceM = distances.Count switch
            {
                0 => null,
                1 => Number(reader, distances[0]) * 1000,
                _ => Number(reader, distances[^1]),
            };
            rows.Add(new StravaManualRow((int)reader.LineNumber, Field(reader, id) ?? "", Field(reader, date), Field(reader, name), Field(reader, type),
                Number(reader, elapsed), distanceM));
        }
        return rows;
    }

    private static double? Number(CsvReader reader, int index) =>
        Field(reader, index) is { } text && double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value) ? value : null;

    public static string Normalise(string? path) => (path ?? "").Trim().Replace('\\', '/').TrimStart('/');

    private static int Index(CsvReader reader, string header) => reader.TryGetFieldIndex(header, out var i) ? i : -1;

    private static string? Field(CsvReader reader, int index)
    {
        if (index < 0 || reader.IsEmpty(index)) return null;
        var text = reader.GetString(index).Trim();
        return text.Length == 0 ? null : text;
    }
}
