using HybridCoach.Application.Activities;
using HybridCoach.Application.Import;
using HybridCoach.Domain.Activities;
using HybridCoach.Formats;
using HybridCoach.Formats.Fit;

namespace HybridCoach.Application.Inspect;

/// <summary>
/// The `coach inspect` use case: decode one file (FIT, GPX, TCX, optionally gzipped) and summarise it
/// without touching the store. Failure policy: never throws for bad content; the problem is returned.
/// </summary>
public sealed class InspectActivityFile(IEnumerable<IActivityFileReader> readers)
{
    private readonly Dictionary<ActivityFileFormat, IActivityFileReader> _readers = readers.ToDictionary(r => r.Format);

    public FileInspection Inspect(string path, ActivityReadOptions options)
    {
        byte[] content;
        try
        {
            content = Load(path);
        }
        catch (Exception e) when (e is ImportLimitException or InvalidDataException)
        {
            return new FileInspection(path, null, null, null, $"{path}: {e.Message}");
        }
        var format = ActivityFormatDetector.Detect(content);
        if (format is null) return new FileInspection(path, null, null, null, $"{path}: not a FIT, GPX or TCX file (content not recognised)");

        var fit = format == ActivityFileFormat.Fit ? FitInspector.Inspect(content, path) : null;
        try
        {
            var recording = _readers[format.Value].Read(content, path, options);
            var source = new ActivitySource(path, format.Value.ToString().ToLowerInvariant(), ContentHash.Sha256(content));
            return new FileInspection(path, format, fit, ActivityFactory.Build(recording, source), null);
        }
        catch (Exception e) when (e is ActivityFileException or ArgumentException)
        {
            return new FileInspection(path, format, fit, null, e.Message);
        }
    }

    private static byte[] Load(string path)
    {
        // Only a regular file, and no bigger than an import would read (a FIFO would block, /dev/zero never end).
        if (FileKinds.NotRegularReason(path) is { } notRegular) throw new ImportLimitException(notRegular);
        if (new FileInfo(path).Length > ImportLimits.Default.MaxEntryBytes)
            throw new ImportLimitException($"file is larger than {BoundedDecompression.Size(ImportLimits.Default.MaxEntryBytes)}");
        var content = File.ReadAllBytes(path);
        return ActivityFileNames.IsGzip(path) ? BoundedDecompression.Gunzip(content, path, ImportLimits.Default) : content;
    }
}
