using HybridCoach.Application.Activities;
using HybridCoach.Application.Import;
using HybridCoach.Domain.Activities;
using HybridCoach.Formats;
using HybridCoach.Formats.Fit;
using HybridCoach.Formats.Gpx;
using HybridCoach.Formats.Tcx;

namespace HybridCoach.Fuzz;

/// <summary>
/// What an uploaded activity file goes through before anything is stored: format detection, the format's reader
/// (strict, then salvaging), and the domain's <see cref="ActivityFactory"/> (plausibility, laps, splits, efforts). The
/// refusals a caller handles — <see cref="ActivityFileException"/> and <see cref="ArgumentException"/> — are answers;
/// anything else thrown is a crash.
/// </summary>
public static class DecodeTarget
{
    private static readonly Dictionary<ActivityFileFormat, IActivityFileReader> Readers = new IActivityFileReader[]
    {
        new FitActivityReader(), new GpxActivityReader(), new TcxActivityReader(),
    }.ToDictionary(r => r.Format);

    public static void Run(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (ActivityFormatDetector.Detect(content) is not { } format) return;
        foreach (var options in new[] { ActivityReadOptions.Strict, new ActivityReadOptions(Salvage: true) })
        {
            try
            {
                var recording = Readers[format].Read(content, "fuzz", options);
                ActivityFactory.Build(recording, new ActivitySource("fuzz", format.ToString(), ContentHash.Sha256(content)));
            }
            catch (Exception e) when (e is ActivityFileException or ArgumentException)
            {
                // A refusal with its reason: the expected answer to a broken file.
            }
        }
    }
}
