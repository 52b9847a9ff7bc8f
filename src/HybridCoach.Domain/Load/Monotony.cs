namespace HybridCoach.Domain.Load;

/// <summary>
/// Foster's training monotony: mean daily load ÷ its standard deviation over a week, rest days as 0
/// (science.md §4; Foster, Med Sci Sports Exerc 1998;30:1164–1168). The SD convention is a setting
/// (population by default). Week 600, 200, 400, 500, 100, 650, 0: population 1.4924, sample 1.3817.
/// </summary>
public static class Monotony
{
    public const string Id = "monotony";

    /// <summary>Null for a week without load; <paramref name="cap"/> when every day has the same positive load.</summary>
    public static double? Compute(ReadOnlySpan<double> dailyLoads, StandardDeviationConvention convention, double cap)
    {
        var n = dailyLoads.Length;
        if (n < 2) throw new ArgumentException($"monotony needs at least 2 days, got {n}", nameof(dailyLoads));
        double sum = 0;
        foreach (var load in dailyLoads) sum += load;
        var mean = sum / n;
        if (!(mean > 0)) return null;
        double squares = 0;
        foreach (var load in dailyLoads) squares += (load - mean) * (load - mean);
        var sd = Math.Sqrt(squares / (convention == StandardDeviationConvention.Sample ? n - 1 : n));
        // Equal loads leave a rounding residue, not a real spread.
        return sd <= mean * 1e-12 ? cap : Math.Min(cap, mean / sd);
    }
}
