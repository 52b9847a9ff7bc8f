using System.Diagnostics;
using System.Globalization;
using HybridCoach.Benchmarks.Importing;

namespace HybridCoach.Benchmarks.Commands;

/// <summary>
/// <c>import-once [COUNT]</c>: a quick check of the import benchmark without BenchmarkDotNet — writes COUNT
/// (default 1,000) synthetic runs, imports them once into a fresh store and prints the time.
/// </summary>
public static class ImportOnceCommand
{
    public static int Run(IReadOnlyList<string> args)
    {
        var count = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : ImportBenchmarks.ActivityCount;
        var benchmark = new ImportBenchmarks { ActivityCountToImport = count };
        benchmark.WriteRuns();
        try
        {
            benchmark.NewStoreFolder();
            var clock = Stopwatch.StartNew();
            var imported = benchmark.ImportRuns();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"imported {imported} activities in {clock.Elapsed.TotalSeconds:F2} s"));
            benchmark.DeleteStore();
        }
        finally
        {
            benchmark.DeleteRuns();
        }
        return 0;
    }
}
