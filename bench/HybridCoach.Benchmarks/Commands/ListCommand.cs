using HybridCoach.Benchmarks.Corpus;

namespace HybridCoach.Benchmarks.Commands;

/// <summary><c>list-corpus</c> and <c>list-large</c>: the files the benchmarks decode, one full path a line.</summary>
public static class ListCommand
{
    public static int Corpus() => Print(BenchCorpus.ValidFitFiles());

    public static int LargeFiles() => Print(BenchCorpus.LargeFiles.Select(BenchCorpus.FitPath).ToList());

    private static int Print(IReadOnlyList<string> paths)
    {
        foreach (var path in paths) Console.WriteLine(path);
        return 0;
    }
}
