using System.Globalization;
using CsvHelper;
using HybridCoach.Application.Manual;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.CsvLog;

/// <summary>Turns the current CSV record into a <see cref="ManualActivityEntry"/>, or throws <see cref="EntryFormatException"/> naming the column.</summary>
internal sealed class CsvLogRowParser
{
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeSpan _utcOffset;

    public CsvLogRowParser(CsvReader reader, TimeSpan utcOffset)
    {
        _utcOffset = utcOffset;
        foreach (var column in CsvLogColumns.All)
            if (reader.TryGetFieldIndex(column, out var i)) _index[column] = i;
        var missing = new List<string>();
        if (!_index.ContainsKey(CsvLogColumns.Date)) missing.Add(CsvLogColumns.Date);
        if (!_index.ContainsKey(CsvLogColumns.DistanceKm) && !_index.ContainsKey(CsvLogColumns.Distance)) missing.Add("distance_km (or distance)");
        if (!_index.ContainsKey(CsvLogColumns.Duration)) missing.Add(CsvLogColumns.Duration);
        MissingColumns = missing;
        UnknownColumns = reader.Headers.Where(h => !CsvLogColumns.All.Contains(h.Trim(), StringComparer.OrdinalIgnoreCase)).ToList();
    }

    public IReadOnlyList<string> MissingColumns { get; }
    public IReadOnlyList<string> UnknownColumns { get; }

    public ManualActivityEntry Parse(CsvReader reader)
    {
        var date = EntryText.ParseDate(Required(reader, CsvLogColumns.Date), CsvLogColumns.Date);
        var start = Optional(reader, CsvLogColumns.StartTime) is { } t ? EntryText.ParseTime(t, CsvLogColumns.StartTime) : (TimeOnly?)null;
        var sport = Optional(reader, CsvLogColumns.Sport) is { } s ? EntryText.ParseSport(s, CsvLogColumns.Sport) : Sport.Running;
        var distance = ParseDistance(reader);
        var duration = DurationText.Parse(Required(reader, CsvLogColumns.Duration), CsvLogColumns.Duration);
        var hr = Optional(reader, CsvLogColumns.AvgHr) is { } h ? EntryText.ParseHeartRate(h, CsvLogColumns.AvgHr) : (HeartRate?)null;
        var rpe = Optional(reader, CsvLogColumns.Rpe) is { } r ? EntryText.ParseRpe(r, CsvLogColumns.Rpe) : (int?)null;
        return new ManualActivityEntry(date, distance, duration, sport, start, hr, rpe, Optional(reader, CsvLogColumns.Name), _utcOffset);
    }

    private Distance ParseDistance(CsvReader reader)
    {
        if (Optional(reader, CsvLogColumns.DistanceKm) is { } km)
        {
            if (!double.TryParse(km, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0 || value > 1000)
                throw new EntryFormatException(CsvLogColumns.DistanceKm, km, "expected kilometres as a number from 0 to 1000 (e.g. 10.5)");
            return Distance.FromKilometers(value);
        }
        if (Optional(reader, CsvLogColumns.Distance) is { } text) return DistanceText.Parse(text, CsvLogColumns.Distance);
        throw new EntryFormatException(CsvLogColumns.DistanceKm, "", "a distance is required");
    }

    private string Required(CsvReader reader, string column) =>
        Optional(reader, column) ?? throw new EntryFormatException(column, "", "a value is required");

    private string? Optional(CsvReader reader, string column)
    {
        if (!_index.TryGetValue(column, out var i) || reader.IsEmpty(i)) return null;
        var text = reader.GetString(i).Trim();
        return text.Length == 0 ? null : text;
    }
}
