namespace HybridCoach.Domain.Load;

/// <summary>Ordinary least-squares line y = intercept + slope·x (the textbook normal equations).</summary>
internal readonly record struct LeastSquaresLine(double Slope, double Intercept)
{
    /// <summary>Null for fewer than two points or when every x is the same.</summary>
    public static LeastSquaresLine? Fit(IReadOnlyList<double> xs, IReadOnlyList<double> ys)
    {
        if (xs.Count != ys.Count) throw new ArgumentException($"{xs.Count} x values but {ys.Count} y values", nameof(ys));
        if (xs.Count < 2) return null;
        double meanX = xs.Average(), meanY = ys.Average(), sxx = 0, sxy = 0;
        for (var i = 0; i < xs.Count; i++)
        {
            sxx += (xs[i] - meanX) * (xs[i] - meanX);
            sxy += (xs[i] - meanX) * (ys[i] - meanY);
        }
        if (!(sxx > 0)) return null;
        var slope = sxy / sxx;
        return new LeastSquaresLine(slope, meanY - slope * meanX);
    }
}
