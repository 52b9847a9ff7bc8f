using BenchmarkDotNet.Attributes;
using HybridCoach.Application.Import;
using HybridCoach.Benchmarks.Configuration;
using HybridCoach.Formats.Fit;
using HybridCoach.Storage.Sqlite;

namespace HybridCoach.Benchmarks.Importing;

/// <summary>
/// `coach import FOLDER` without the console: 1,000 typical runs (FIT files written once by our encoder)
/// imported into a fresh SQLite store in a temp folder — hash, decode, build the activity (laps, splits,
/// best efforts), duplicate check, one transaction per activity. Target: under 10 s.
/// </summary>
[Config(typeof(WholeRunConfig))]
public class ImportBenchmarks
{
    public const int ActivityCount = 1000;

    private string _root = "";
    private string _filesFolder = "";
    private string _storeFolder = "";
    private int _iteration;

    /// <summary>1,000 in the benchmark; the import-once console command may ask for fewer.</summary>
    public int ActivityCountToImport { get; init; } = ActivityCount;

    [GlobalSetup]
    public void WriteRuns()
    {
        _root = Path.Combine(Path.GetTempPath(), "hybridcoach-bench-import-" + Environment.ProcessId);
        _filesFolder = Path.Combine(_root, "runs");
        var bytes = SyntheticRuns.WriteFiles(_filesFolder, ActivityCountToImport);
        Console.WriteLine($"// {ActivityCountToImport} runs written, {bytes / 1e6:F1} MB, in {_filesFolder}");
    }

    [IterationSetup]
    public void NewStoreFolder() => _storeFolder = Path.Combine(_root, $"store-{_iteration++}");

    [Benchmark]
    public int ImportRuns()
    {
        using var store = SqliteActivityStore.Open(Path.Combine(_storeFolder, "coach.db"));
        var service = new ImportService(store, [new FitActivityReader()]);
        var report = service.ImportAsync([_filesFolder]).GetAwaiter().GetResult();
        if (report.Imported != ActivityCountToImport)
        {
            var reason = report.Files.FirstOrDefault(f => f.Status != ImportStatus.Imported)?.Reason;
            throw new InvalidOperationException($"imported {report.Imported} of {ActivityCountToImport}: {reason}");
        }
        return report.Imported;
    }

    [IterationCleanup]
    public void DeleteStore() => Directory.Delete(_storeFolder, recursive: true);

    [GlobalCleanup]
    public void DeleteRuns() => Directory.Delete(_root, recursive: true);
}
