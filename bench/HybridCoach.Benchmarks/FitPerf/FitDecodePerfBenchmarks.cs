using BenchmarkDotNet.Attributes;
using HybridCoach.Formats;
using HybridCoach.Formats.Fit;

namespace HybridCoach.Benchmarks.FitPerf;

/// <summary>
/// The FIT decoder's two modes on the largest corpus files and on the whole valid corpus, with allocation
/// per decode (MemoryDiagnoser). Messages: every message decoded with scaled values (FitDecoder.Decode);
/// Columns: records straight into sample columns (FitActivityReader). The corpus is found through
/// $HYBRIDCOACH_CORPUS, else a shared/corpus folder above the working directory.
/// Run: dotnet run -c Release --project bench/HybridCoach.Benchmarks -- --filter *FitDecodePerf*
/// </summary>
[MemoryDiagnoser]
public class FitDecodePerfBenchmarks
{
    private const string WholeCorpus = "corpus";

    /// <summary>Files that fail the integrity checks on purpose (SOURCES.md); a strict reader refuses them.</summary>
    private static readonly HashSet<string> Refused = new(StringComparer.Ordinal)
    {
        "activity-activity-filecrc.fit", "activity-filecrc.fit", "activity-settings-corruptheader.fit",
        "activity-settings-nodata.fit", "activity-unexpected-eof.fit", "lezyne_super_gps-garmin_fit-sample-bad-endian.fit",
        "nick.fit", "strava-android-app-201.10-b1218918.fit",
    };

    private static readonly FitActivityReader Reader = new();
    private byte[][] _files = [];

    [Params("MultiSport-2019-11-24.fit", "big_activity.fit", "edge1040-activity_recent.fit",
        "activity-large-fenxi2-multisport.fit", WholeCorpus)]
    public string Target { get; set; } = WholeCorpus;

    [GlobalSetup]
    public void Load()
    {
        var folder = Path.Combine(CorpusRoot(), "fit");
        _files = Target == WholeCorpus
            ? [.. Directory.GetFiles(folder).Where(f => !Refused.Contains(Path.GetFileName(f))).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)]
            : [File.ReadAllBytes(Path.Combine(folder, Target))];
    }

    [Benchmark(Baseline = true)]
    public int Messages()
    {
        var count = 0;
        foreach (var bytes in _files) count += FitDecoder.Decode(bytes).Messages.Count;
        return count;
    }

    [Benchmark]
    public int Columns()
    {
        var count = 0;
        foreach (var bytes in _files)
        {
            try
            {
                count += Reader.Read(bytes, "bench.fit", ActivityReadOptions.Strict).Samples.Count;
            }
            catch (ActivityFileException e) when (e.Reason.StartsWith("no activity data", StringComparison.Ordinal))
            {
                // settings, workout, weight, monitoring files: scanned to the end, then refused
            }
        }
        return count;
    }

    private static string CorpusRoot()
    {
        if (Environment.GetEnvironmentVariable("HYBRIDCOACH_CORPUS") is { Length: > 0 } configured) return configured;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("FIT corpus not found: set HYBRIDCOACH_CORPUS");
    }
}
