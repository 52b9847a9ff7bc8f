using CsvHelper;

namespace HybridCoach.Application.Import;

/// <summary>
/// Reads activities.csv from a Strava bulk export. Columns used (by header name; Strava repeats some
/// other names, and newer exports add columns, so everything else is ignored): "Activity ID",
/// "Activity Date", "Activity Name", "Activity Type", "Filename" — the last is the path of the activity's
/// file inside the export ("activities/1234.fit.gz"); manual Strava entries leave it empty, and for them "Elapsed
/// Time" and "Distance" are read too.
/// </summary>
public static class StravaActivitiesCsv
{
    public const string FileName = "activities.csv";

    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with { Separator = ',', TrackLineNumbers = true };

    /// <summary>
    /// In one pass: each file path (forward slashes, compared case-insensitively) mapped to its row, and the rows with
    /// no file (Strava's manual entries) with elapsed time and distance. Strava repeats both headers: the first
    /// "Distance" is in the runner's display unit (km for metric accounts), the last in metres, and "Elapsed Time" is
    /// in seconds — so the last of each is used, and a lone "Distance" is read as km.
    /// </summary>
    /// <exception cref="CsvFormatException">The CSV is malformed beyond recovery.</exception>
    public static StravaIndex Read(byte[] csv)
    {
        var byFile = new Dictionary<string, StravaActivityInfo>(StringComparer.OrdinalIgnoreCase);
        var manual = new List<StravaManualRow>();
        using var reader = CsvReader.Create(csv, Options);
        if (!reader.TryGetFieldIndex("Filename", out var file)) return new StravaIndex(byFile, manual);
        var (id, date, name, type) = (Index(reader, "Activity ID"), Index(reader, "Activity Date"), Index(reader, "Activity Name"), Index(reader, "Activity Type"));
        var distances = Indexes(reader, "Distance");
        var elapsed = Indexes(reader, "Elapsed Time").LastOrDefault(-1);
        while (reader.Read())
        {
            var path = Normalise(reader.GetString(file));
            if (path.Length > 0)
            {
                byFile[path] = new StravaActivityInfo(Field(reader, id) ?? "", Field(reader, date), Field(reader, name), Field(reader, type));
                continue;
            }
            var distanceM = distances.Count == 1 ? Number(reader, distances[0]) * 1000 : Number(reader, distances.LastOrDefault(-1));
            manual.Add(new StravaManualRow((int)reader.LineNumber, Field(reader, id) ?? "", Field(reader, date), Field(reader, name), Field(reader, type),
                Number(reader, elapsed), distanceM));
        }
        return new StravaIndex(byFile, manual);
    }

    private static List<int> Indexes(CsvReader reader, string header) =>
        [.. reader.Headers.Select((h, i) => (h, i)).Where(x => x.h.Trim() == header).Select(x => x.i)];

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
