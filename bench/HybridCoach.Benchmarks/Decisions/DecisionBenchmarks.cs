using BenchmarkDotNet.Attributes;
using HybridCoach.Benchmarks.Configuration;
using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Benchmarks.Decisions;

/// <summary>
/// Issue 4's first benchmark: one athlete-day decision once the metrics exist — <see cref="GuardrailEngine.Default"/>
/// (every registered guardrail) on a realistic snapshot: the daily metrics, 42 days of activities, 60 days of
/// signals, a calf injury on record and a race near the day. Target: under 1 ms.
/// </summary>
[Config(typeof(ShortRunConfig))]
public class DecisionBenchmarks
{
    private DecisionSnapshot _snapshot = null!;
    private GuardrailSettings _settings = null!;

    [GlobalSetup]
    public void BuildSnapshot()
    {
        // Athlete 0 has the calf history and a race; the per-site override is the seed-004 calf case.
        _snapshot = DecisionWorkload.Snapshot(DecisionWorkload.Athlete(0), DecisionWorkload.DecidedDay);
        _settings = GuardrailCatalog.DefaultSettings.WithOverrides(new Dictionary<string, double> { ["injury_site_soreness.min_0_10.calf"] = 3 });
        var decision = GuardrailEngine.Default.Decide(_snapshot, _settings);
        Console.WriteLine($"// {GuardrailEngine.Default.Guardrails.Count} guardrails; {_snapshot.Activities.Count} activities, "
            + $"{_snapshot.Signals.Count} signals; call {decision.Recommendation.ToId()} by {string.Join(", ", decision.DecidedBy)}");
    }

    [Benchmark]
    public Recommendation DecideOneDay() => GuardrailEngine.Default.Decide(_snapshot, _settings).Recommendation;
}
