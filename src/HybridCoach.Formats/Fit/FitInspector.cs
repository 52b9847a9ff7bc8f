using HybridCoach.Formats.Fit.Reading;
using HybridCoach.Formats.Fit.Profile;

namespace HybridCoach.Formats.Fit;

/// <summary>Decodes a FIT file in message mode and summarises it for `coach inspect`. Never throws for bad input.</summary>
public static class FitInspector
{
    public static FitInspection Inspect(ReadOnlySpan<byte> content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var file = FitDecoder.Decode(content, FitDecodeOptions.Default);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var message in file.Messages)
        {
            counts[message.Name] = counts.GetValueOrDefault(message.Name) + 1;
        }
        var fileIds = file.OfType(FitMessageNumbers.FileId).ToList();
        var type = fileIds.Count > 0 ? fileIds[0].GetDouble("type") : null;
        return new FitInspection(fileName, content.Length, type is null ? null : FitFileTypes.Name((long)type),
            FitDeviceName.Describe(fileIds, file.OfType(FitMessageNumbers.DeviceInfo).ToList()), counts,
            counts.GetValueOrDefault("record"), file.OfType(FitMessageNumbers.Session).Select(Summarise).ToList(),
            file.DeveloperFieldDescriptions.Select(d => new FitDeveloperFieldInfo(d.DeveloperIndex, d.FieldNumber, d.Name, d.Units, d.BaseTypeName)).ToList(),
            file.Integrity, file.Errors);
    }

    private static FitSessionSummary Summarise(FitMessage s)
    {
        var sport = s.GetDouble("sport");
        var subSport = s.GetDouble("sub_sport");
        var start = s.GetDouble("start_time");
        return new FitSessionSummary(
            sport is null ? null : FitSportNames.Sport((long)sport),
            subSport is null ? null : FitSportNames.SubSport((long)subSport),
            start is null ? null : FitTime.ToDateTimeOffset(start.Value),
            s.GetDouble("total_elapsed_time"), s.GetDouble("total_timer_time"), s.GetDouble("total_distance"),
            s.GetDouble("avg_heart_rate"), s.GetDouble("max_heart_rate"), s.GetDouble("total_ascent"),
            s.GetDouble("total_descent"), s.GetDouble("enhanced_avg_speed") ?? s.GetDouble("avg_speed"),
            (int?)s.GetDouble("num_laps"));
    }
}
