using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Fuzz.Tests;

/// <summary>
/// Issue 15 item 10: the seeded mutation fuzzer in CI, bounded — 1,000 mutants of each built-in seed (FIT, GPX, TCX,
/// zip, gzip) and of the 5 smallest corpus recordings per format — with zero crashes, zero hangs and every input
/// under its time and memory budget; and proof that the harness does catch each of the three when they happen.
/// Longer runs by hand: `dotnet run -c Release --project fuzz/HybridCoach.Fuzz -- --minutes 30 --corpus DIR`.
/// </summary>
public class FuzzHarnessTests
{
    private const int MutantsPerSeed = 1_000;
    private static readonly DateTime NoDeadline = DateTime.MaxValue;

    [Fact]
    public void BuiltInSeeds_NoCrashNoHangWithinBudget()
    {
        var run = new FuzzRun(FuzzBudget.Default, randomSeed: 15);
        run.Run(FuzzSeeds.BuiltIn(), MutantsPerSeed, NoDeadline);
        Assert.Equal(5 * MutantsPerSeed, run.Inputs);
        Assert.True(run.Findings.Count == 0, string.Join("\n", run.Findings));
        Assert.True(run.Slowest < FuzzBudget.Default.TimePerInput);
    }

    [CorpusFact]
    public void CorpusSeeds_NoCrashNoHangWithinBudget()
    {
        var seeds = FuzzSeeds.FromFolder(Corpus.RequireRoot(), perFormat: 5);
        Assert.Equal(15, seeds.Count);
        var run = new FuzzRun(FuzzBudget.Default, randomSeed: 15);
        run.Run(seeds, MutantsPerSeed, NoDeadline);
        Assert.Equal(15 * MutantsPerSeed, run.Inputs);
        Assert.True(run.Findings.Count == 0, string.Join("\n", run.Findings));
    }

    [Fact]
    public void Mutator_SameSeedSameMutants_AndTheyDiffer()
    {
        var input = "<gpx><trkpt lat=\"48.1\"><ele>500</ele></trkpt></gpx>"u8.ToArray();
        var first = Enumerable.Range(0, 50).Select(_ => new Mutator(7)).Select(m => m.Mutate(input, text: true)).ToList();
        var mutator = new Mutator(7);
        Assert.Equal(first[0], mutator.Mutate(input, text: true));
        var many = Enumerable.Range(0, 200).Select(_ => Convert.ToHexString(mutator.Mutate(input, text: true))).ToHashSet();
        Assert.True(many.Count > 150, $"{many.Count} distinct mutants of 200");
        Assert.DoesNotContain(Convert.ToHexString(input), many);
    }

    [Fact]
    public void Harness_CatchesACrash()
    {
        var run = new FuzzRun(FuzzBudget.Default, 1, (_, input) => { if (input.Length != 4) throw new NullReferenceException("boom"); });
        run.Run([new FuzzSeed("x.fit", [1, 2, 3, 4])], 20, NoDeadline);
        Assert.Contains(run.Findings, f => f.Kind == "crash" && f.Detail == "NullReferenceException: boom");
    }

    [Fact]
    public void Harness_CatchesAHangAndStops()
    {
        var run = new FuzzRun(new FuzzBudget(TimeSpan.FromMilliseconds(200), long.MaxValue), 1, (_, _) => Thread.Sleep(2_000));
        run.Run([new FuzzSeed("x.fit", [1, 2, 3])], 20, NoDeadline);
        var hang = Assert.Single(run.Findings);
        Assert.Equal("hang", hang.Kind);
        Assert.Equal(1, run.Inputs);
    }

    [Fact]
    public void Harness_CatchesRunawayMemory()
    {
        var run = new FuzzRun(new FuzzBudget(TimeSpan.FromSeconds(10), 8L * 1024 * 1024), 1, (_, _) => GC.KeepAlive(new byte[32 * 1024 * 1024]));
        run.Run([new FuzzSeed("x.fit", [1, 2, 3])], 1, NoDeadline);
        Assert.Equal("memory", Assert.Single(run.Findings).Kind);
    }
}
