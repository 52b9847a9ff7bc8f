using System.Diagnostics;

namespace HybridCoach.Fuzz;

/// <summary>
/// Runs seeded mutants of each seed through its target within the budget per input, and collects what broke a rule.
/// The same seeds, mutant count and random seed give the same inputs, so a finding is replayed by its numbers.
/// </summary>
public sealed class FuzzRun(FuzzBudget budget, int randomSeed, Action<FuzzSeed, byte[]>? target = null)
{
    /// <summary>The real targets: a whole import for archives, decoding for activity files.</summary>
    public static void Decode(FuzzSeed seed, byte[] input)
    {
        ArgumentNullException.ThrowIfNull(seed);
        if (seed.IsArchive) ImportTarget.Run(input, seed.Extension);
        else DecodeTarget.Run(input);
    }

    private readonly Action<FuzzSeed, byte[]> _target = target ?? Decode;

    public int Inputs { get; private set; }
    public TimeSpan Slowest { get; private set; }
    public long MostAllocated { get; private set; }
    public List<FuzzFinding> Findings { get; } = [];

    /// <summary>Runs <paramref name="mutants"/> mutants of every seed, stopping early at <paramref name="deadline"/> or at a hang.</summary>
    public void Run(IReadOnlyList<FuzzSeed> seeds, int mutants, DateTime deadline)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        foreach (var seed in seeds)
        {
            var mutator = new Mutator(HashCode.Combine(randomSeed, seed.Name.Length, seed.Content.Length));
            for (var i = 0; i < mutants && DateTime.UtcNow < deadline; i++)
                if (!RunOne(seed, i, mutator.Mutate(seed.Content, seed.IsText))) return;
        }
    }

    /// <summary>False when the input hung (its thread cannot be stopped, so the run ends there).</summary>
    private bool RunOne(FuzzSeed seed, int mutant, byte[] input)
    {
        Inputs++;
        long allocated = 0;
        var clock = Stopwatch.StartNew();
        var work = Task.Factory.StartNew(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                _target(seed, input);
            }
            finally
            {
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            if (!work.Wait(budget.TimePerInput))
            {
                Findings.Add(new FuzzFinding(seed.Name, mutant, "hang", $"still running after {budget.TimePerInput.TotalSeconds:0.#} s", input));
                return false;
            }
        }
        catch (AggregateException error)
        {
            var inner = error.InnerException!;
            Findings.Add(new FuzzFinding(seed.Name, mutant, "crash", $"{inner.GetType().Name}: {inner.Message.Split('\n')[0]}", input));
        }
        Slowest = clock.Elapsed > Slowest ? clock.Elapsed : Slowest;
        MostAllocated = Math.Max(MostAllocated, allocated);
        if (allocated > budget.BytesPerInput)
            Findings.Add(new FuzzFinding(seed.Name, mutant, "memory", $"allocated {allocated / 1048576.0:0} MB (budget {budget.BytesPerInput / 1048576} MB)", input));
        return true;
    }
}
