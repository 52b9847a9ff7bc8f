namespace HybridCoach.Application.Demo;

/// <summary>Normally distributed draws for the synthetic athlete's noise.</summary>
public static class RandomExtensions
{
    /// <summary>A standard normal draw by the Box–Muller transform (Box &amp; Muller 1958).</summary>
    public static double NextGaussian(this Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public static double NextBetween(this Random random, double min, double max) => min + (max - min) * random.NextDouble();
}
