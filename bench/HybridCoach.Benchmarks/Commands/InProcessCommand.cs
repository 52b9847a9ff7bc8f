using System.Diagnostics;
using System.Globalization;
using HybridCoach.Benchmarks.Corpus;

namespace HybridCoach.Benchmarks.Commands;

/// <summary>
/// <c>inproc [--mode messages|columns|both] [--min-seconds S] FILE...</c>: the same timing loop as the
/// fit-file-parser script (bench/peers/node/parse.mjs): files in memory, at least 1 s of warm-up, then
/// whole passes over the list until S seconds have passed; one JSON line per mode with the mean pass.
/// </summary>
public static class InProcessCommand
{
    public static int Run(IReadOnlyList<string> args)
    {
        var arguments = CommandArguments.Parse(args);
        var workload = DecodeWorkload.FromPaths(arguments.Files);
        foreach (var mode in arguments.Modes)
        {
            RunPasses(workload, mode, minSeconds: 1);
            var (passes, seconds, cpuSeconds) = RunPasses(workload, mode, arguments.MinSeconds);
            Console.WriteLine(Json(workload, mode, passes, seconds / passes, cpuSeconds / passes));
        }
        return 0;
    }

    // CPU time (all threads, so GC work counts) next to wall time: on a shared machine it is the steadier figure.
    private static (int Passes, double Seconds, double CpuSeconds) RunPasses(DecodeWorkload workload, DecodeMode mode, double minSeconds)
    {
        var process = Process.GetCurrentProcess();
        var cpuAtStart = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var passes = 0;
        while (passes < 3 || clock.Elapsed.TotalSeconds < minSeconds)
        {
            workload.Decode(mode);
            passes++;
        }
        var seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        return (passes, seconds, (process.TotalProcessorTime - cpuAtStart).TotalSeconds);
    }

    private static string Json(DecodeWorkload workload, DecodeMode mode, int passes, double meanPassS, double meanPassCpuS) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{{\"tool\":\"hybridcoach\",\"mode\":\"{mode.ToString().ToLowerInvariant()}\",\"files\":{workload.Files.Count}," +
            $"\"bytes\":{workload.TotalBytes},\"records\":{workload.RecordCount},\"passes\":{passes}," +
            $"\"mean_pass_ms\":{meanPassS * 1e3:F4},\"mb_per_s\":{workload.TotalBytes / 1e6 / meanPassS:F3}," +
            $"\"records_per_s\":{workload.RecordCount / meanPassS:F1},\"mean_pass_cpu_ms\":{meanPassCpuS * 1e3:F4}," +
            $"\"mb_per_cpu_s\":{workload.TotalBytes / 1e6 / meanPassCpuS:F3}}}");
}
