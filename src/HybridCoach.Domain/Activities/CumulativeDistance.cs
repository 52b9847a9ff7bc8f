namespace HybridCoach.Domain.Activities;

/// <summary>
/// The distance covered at each sample, from the first sample (0 m) on, never decreasing: the file's
/// distance channel when it has one, else the sum of great-circle steps between positions.
/// </summary>
public static class CumulativeDistance
{
    /// <summary>
    /// A drop larger than this in a distance channel is a counter reset (a new session in a multi-sport
    /// file, a TCX Activity restarting at 0 m), not a glitch: the run continues from where it was.
    /// Smaller drops are device jitter and are held at the previous value.
    /// </summary>
    public const double ResetDropM = 100.0;

    /// <summary>The cumulative distance per sample, or null when the series has neither distance nor positions.</summary>
    public static double[]? From(SampleSeries samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0) return null;
        if (samples.Has(SampleChannel.DistanceM))
        {
            var fromChannel = FromDistanceChannel(samples.Column(SampleChannel.DistanceM));
            if (fromChannel is not null) return fromChannel;
        }
        if (samples.Has(SampleChannel.LatitudeDeg) && samples.Has(SampleChannel.LongitudeDeg))
            return FromPositions(samples.Column(SampleChannel.LatitudeDeg), samples.Column(SampleChannel.LongitudeDeg));
        return null;
    }

    /// <summary>Relative, non-decreasing distance from a device's distance counter; null when every value is missing.</summary>
    public static double[]? FromDistanceChannel(ReadOnlySpan<double> rawM)
    {
        var firstValid = rawM.IndexOfAnyExcept(double.NaN);
        if (firstValid < 0) return null;
        var result = new double[rawM.Length];
        var previousRaw = rawM[firstValid];
        var offset = -previousRaw;
        var current = 0.0;
        for (var i = firstValid; i < rawM.Length; i++)
        {
            var raw = rawM[i];
            if (double.IsFinite(raw))
            {
                if (raw < previousRaw - ResetDropM) offset = current - raw;
                current = Math.Max(current, raw + offset);
                previousRaw = raw;
            }
            result[i] = current;
        }
        return result;
    }

    /// <summary>Sum of haversine steps between consecutive valid positions; missing positions add nothing.</summary>
    public static double[]? FromPositions(ReadOnlySpan<double> latitudesDeg, ReadOnlySpan<double> longitudesDeg)
    {
        var result = new double[latitudesDeg.Length];
        var havePrevious = false;
        double previousLat = 0, previousLon = 0, current = 0;
        for (var i = 0; i < latitudesDeg.Length; i++)
        {
            var lat = latitudesDeg[i];
            var lon = longitudesDeg[i];
            if (double.IsFinite(lat) && double.IsFinite(lon))
            {
                if (havePrevious) current += GeoDistance.HaversineM(previousLat, previousLon, lat, lon);
                previousLat = lat;
                previousLon = lon;
                havePrevious = true;
            }
            result[i] = current;
        }
        return havePrevious ? result : null;
    }
}
