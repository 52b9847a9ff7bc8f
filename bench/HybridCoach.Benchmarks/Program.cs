using System.Runtime.CompilerServices;
using BenchmarkDotNet.Running;
using HybridCoach.Benchmarks.Commands;

namespace HybridCoach.Benchmarks;

/// <summary>
/// BenchmarkDotNet suites by default. The first argument can instead name a small console command used by
/// bench/run-peers.sh to time us the same way as the peers: <c>decode</c> (one whole process),
/// <c>inproc</c> (timing loop after warm-up), <c>list-corpus</c> / <c>list-large</c> (the files) and
/// <c>import-once</c> (one import of synthetic runs, timed).
/// </summary>
public static class Program
{
    public static int Main(string[] args) => args.FirstOrDefault() switch
    {
        "decode" => DecodeCommand.Run(args[1..]),
        "inproc" => InProcessCommand.Run(args[1..]),
        "list-corpus" => ListCommand.Corpus(),
        "list-large" => ListCommand.LargeFiles(),
        "import-once" => ImportOnceCommand.Run(args[1..]),
        _ => RunBenchmarks(args),
    };

    // Kept out of Main so that the console commands' start-up does not load BenchmarkDotNet.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RunBenchmarks(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
