using HybridCoach.Domain.Activities;
using HybridCoach.Formats.Fit.Reading;

namespace HybridCoach.Formats.Fit;

/// <summary>
/// Reads a FIT activity into columns (column mode). Strict by default: any integrity fault (CRC mismatch,
/// truncation, bad header) throws <see cref="ActivityFileException"/> with the one-line reason; with
/// <see cref="ActivityReadOptions.Salvage"/> what decoded before the fault is returned with a warning.
/// Chained segments are merged into one recording.
/// </summary>
public sealed class FitActivityReader : IActivityFileReader
{
    public ActivityFileFormat Format => ActivityFileFormat.Fit;

    public ActivityRecording Read(ReadOnlySpan<byte> content, string fileName, ActivityReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(options);
        var visitor = new ActivityColumnVisitor(content.Length);
        var scan = FitScanner.Scan(content, ref visitor);
        var warnings = new List<string>();
        if (scan.Error is not null)
        {
            if (!options.Salvage || scan.Segments.Count == 0) throw new ActivityFileException(fileName, scan.Error);
            warnings.Add($"{scan.Error}; kept the {visitor.Samples.Count} samples decoded before byte {scan.StoppedAt}");
        }
        var summary = visitor.Summary;
        if (visitor.Samples.Count == 0 && summary.Sessions.Count == 0)
        {
            var type = summary.FileIds.Count > 0 ? (long?)summary.FileIds[0].GetDouble("type") : null;
            // A known FIT file type other than activity (monitoring, settings, weight, course…) is another kind of file, not a broken activity.
            var otherType = type is { } t && t != FitFileTypes.Activity;
            throw new ActivityFileException(fileName, visitor.UntimedRecords > 0 && !otherType
                ? $"no activity data ({visitor.UntimedRecords} records without timestamps)"
                : otherType ? $"a FIT {FitFileTypes.Name(type)} file, not an activity" : $"no activity data (file type {FitFileTypes.Name(type)})",
                notAnActivity: otherType);
        }
        return ActivityRecordingAssembler.Assemble(visitor.Samples, summary, warnings);
    }
}
