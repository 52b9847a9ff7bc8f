using HybridCoach.Benchmarks.Configuration;
using BenchmarkDotNet.Attributes;
using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Benchmarks.Decisions;

/// <summary>
/// Issue 4's second benchmark: the nightly batch — 10,000 athletes with a year of training each, already loaded;
/// for each, the daily metrics over the whole year (<c>DailyMetricsCalculator.Compute</c> from the dated loads),
/// the snapshot for the next day and the decision with <see cref="GuardrailEngine.Default"/>, in parallel over the
/// cores. Target: under 30 s on the 2-core machine.
/// </summary>
[Config(typeof(WholeRunConfig))]
public class NightlyBatchBenchmarks
{
    public const int AthleteCount = 10_000;

    private DecisionAthlete[] _athletes = [];
    private Recommendation[] _calls = [];

    [GlobalSetup]
    public void LoadAthletes()
    {
        _athletes = new DecisionAthlete[AthleteCount];
        Parallel.For(0, AthleteCount, i => _athletes[i] = DecisionWorkload.Athlete(i));
        _calls = new Recommendation[AthleteCount];
        Console.WriteLine($"// {AthleteCount} athletes, {_athletes.Sum(a => a.Loads.Length)} activities, "
            + $"{GuardrailEngine.Default.Guardrails.Count} guardrails");
    }

    [Benchmark]
    public int DecideAllAthletes()
    {
        var settings = GuardrailCatalog.DefaultSettings;
        var day = DecisionWorkload.DecidedDay;
        Parallel.For(0, AthleteCount, i =>
            _calls[i] = GuardrailEngine.Default.Decide(DecisionWorkload.Snapshot(_athletes[i], day), settings).Recommendation);
        return _calls.Count(c => c != Recommendation.Proceed);
    }

    /// <summary>How the calls came out, so a reader can see the workload exercises the guardrails.</summary>
    [GlobalCleanup]
    public void ReportCalls() =>
        Console.WriteLine("// calls: " + string.Join(", ", _calls.GroupBy(c => c).OrderBy(g => g.Key).Select(g => $"{g.Key.ToId()} {g.Count()}")));
}
