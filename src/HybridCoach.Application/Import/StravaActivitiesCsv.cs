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

    public static string Normalise(string? path) => (path ?? "").Trim().Replace('\\', '/').TrimStart('/');

    private static int Index(CsvReader reader, string header) => reader.TryGetFieldIndex(header, out var i) ? i : -1;

    private static string? Field(CsvReader reader, int index)
    {
        if (index < 0 || reader.IsEmpty(index)) return null;
        var text = reader.GetString(index).Trim();
        return text.Length == 0 ? null : text;
    }
}
