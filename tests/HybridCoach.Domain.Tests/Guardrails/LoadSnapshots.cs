using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Guardrails;

/// <summary>Hand-built decision snapshots, metrics, activities and signals for the guardrail tests; the decided date is <see cref="Date"/>.</summary>
internal static class LoadSnapshots
{
    public static readonly DateOnly Date = new(2025, 3, 10);

    public static GuardrailSettings Defaults => GuardrailCatalog.DefaultSettings;

    public static GuardrailSettings With(string id, double value) => Defaults.WithOverrides(new Dictionary<string, double> { [id] = value });

    public static DecisionSnapshot Empty() => new(Date, "duration", null, [], [], [], [], null);

    public static DecisionSnapshot WithMetrics(DailyMetrics? metrics) => Empty() with { Metrics = metrics };

    /// <summary>Metrics of the day before <see cref="Date"/>; every value neutral unless given.</summary>
    public static DailyMetrics Metrics(double? acwrCoupled = 1.0, double? acwrUncoupled = 1.1, double? acwrEwma = 0.9,
        double chronicLoad = 50, double acuteLoad = 50, double? monotony = 1.2, double? strain = 400,
        int consecutiveTrainingDays = 1, int? daysSinceRest = 1) =>
        new(Date.AddDays(-1), 50, acwrCoupled, acwrUncoupled, acwrEwma, chronicLoad, acuteLoad, 0, monotony, strain,
            30000, 10800, consecutiveTrainingDays, daysSinceRest);

    /// <summary>The real metrics of the last day of a daily load series that ends the day before <see cref="Date"/>.</summary>
    public static DailyMetrics MetricsOfLoads(IReadOnlyList<double> dailyLoads)
    {
        var first = Date.AddDays(-dailyLoads.Count);
        var entries = new List<DatedLoad>();
        for (var i = 0; i < dailyLoads.Count; i++)
        {
            if (dailyLoads[i] > 0) entries.Add(DatedLoad.Run(first.AddDays(i), dailyLoads[i], 5000, 1800));
        }
        return DailyMetricsCalculator.Compute(entries, first, Date.AddDays(-1), Date.AddDays(-1))[^1];
    }

    private static long nextId = 1;

    public static ActivityFact Run(int daysBefore, double km, bool hard = false) =>
        new(Interlocked.Increment(ref nextId), Date.AddDays(-daysBefore), Sport.Running, km * 1000, km * 360, km * 6, hard);

    public static ActivityFact Ride(int daysBefore, double km, bool hard = false) =>
        new(Interlocked.Increment(ref nextId), Date.AddDays(-daysBefore), Sport.Cycling, km * 1000, km * 120, km * 2, hard);

    /// <summary>One run a day on each of the given days before the date.</summary>
    public static IEnumerable<ActivityFact> Runs(double km, params int[] daysBefore) => daysBefore.Select(d => Run(d, km));

    public static DecisionSnapshot WithActivities(IEnumerable<ActivityFact> activities) => Empty() with { Activities = [.. activities] };

    /// <summary>The day's check-in with soreness overall and per site.</summary>
    public static RecoverySignals Soreness(int? overall, params (string Site, int Soreness)[] sites) =>
        new(Date, null, null, null, null, overall, sites.ToDictionary(s => s.Site, s => s.Soreness), false, null, Illness.None, null, null, null);

    public static RecoverySignals Pain(DateOnly? date = null) =>
        new(date ?? Date, null, null, null, null, null, new Dictionary<string, int>(), true, "calf", Illness.None, null, null, null);

    public static Injury Injury(string site) => new(site, BodySide.Left, new DateOnly(2023, 6, 1), 5, null);

    public static RaceEntry Race(int daysAfter, string name) => new(Date.AddDays(daysAfter), name, Distance.FromKilometers(10), RacePriority.B);

    public static void AssertFired(GuardrailOutcome outcome, Recommendation asksFor, params string[] reasonContains)
    {
        Assert.True(outcome.Evaluated, outcome.Reason);
        Assert.True(outcome.Fired, outcome.Reason);
        Assert.Equal(asksFor, outcome.AsksFor);
        foreach (var text in reasonContains) Assert.Contains(text, outcome.Reason);
    }

    public static void AssertClear(GuardrailOutcome outcome, params string[] reasonContains)
    {
        Assert.True(outcome.Evaluated, outcome.Reason);
        Assert.False(outcome.Fired, outcome.Reason);
        Assert.Equal(Recommendation.Proceed, outcome.AsksFor);
        foreach (var text in reasonContains) Assert.Contains(text, outcome.Reason);
    }

    public static void AssertNotEvaluated(GuardrailOutcome outcome, params string[] reasonContains)
    {
        Assert.False(outcome.Evaluated, outcome.Reason);
        Assert.False(outcome.Fired, outcome.Reason);
        Assert.Equal(Recommendation.Proceed, outcome.AsksFor);
        foreach (var text in reasonContains) Assert.Contains(text, outcome.Reason);
    }

    public static void AssertObserved(GuardrailOutcome outcome, string key, double? expected, int precision = 6)
    {
        Assert.True(outcome.Observed.ContainsKey(key), $"observed has no '{key}': {string.Join(", ", outcome.Observed.Keys)}");
        if (expected is null) Assert.Null(outcome.Observed[key]);
        else Assert.Equal(expected.Value, outcome.Observed[key]!.Value, precision);
    }
}
