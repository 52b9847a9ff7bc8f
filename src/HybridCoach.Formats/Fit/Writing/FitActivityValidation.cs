namespace HybridCoach.Formats.Fit.Writing;

/// <summary>Rejects an activity the encoder cannot write faithfully, naming the column and the reason.</summary>
public static class FitActivityValidation
{
    public static void Validate(FitActivityToEncode activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var n = activity.SampleCount;
        if (n == 0) throw Invalid("ElapsedS", "has no samples");
        RequireLength(activity.DistancesM, n, nameof(activity.DistancesM));
        RequireLength(activity.SpeedsMps, n, nameof(activity.SpeedsMps));
        RequireLength(activity.LatitudesDeg, n, nameof(activity.LatitudesDeg));
        RequireLength(activity.LongitudesDeg, n, nameof(activity.LongitudesDeg));
        RequireLength(activity.AltitudesM, n, nameof(activity.AltitudesM));
        RequireLength(activity.HeartRatesBpm, n, nameof(activity.HeartRatesBpm));
        RequireLength(activity.CadencesRpm, n, nameof(activity.CadencesRpm));
        RequireLength(activity.PowersW, n, nameof(activity.PowersW));
        if ((activity.LatitudesDeg is null) != (activity.LongitudesDeg is null))
            throw Invalid("LatitudesDeg/LongitudesDeg", "must both be given or both be null");
        if (activity.ElapsedS[0] != 0) throw Invalid("ElapsedS", $"must start at 0, not {activity.ElapsedS[0]}");
        for (var i = 1; i < n; i++)
        {
            if (activity.ElapsedS[i] <= activity.ElapsedS[i - 1])
                throw Invalid("ElapsedS", $"is not strictly increasing at sample {i}");
            if (activity.DistancesM[i] < activity.DistancesM[i - 1])
                throw Invalid("DistancesM", $"decreases at sample {i}");
        }
        ValidateLaps(activity.Laps, n);
    }

    private static void ValidateLaps(IReadOnlyList<FitLapToEncode> laps, int sampleCount)
    {
        var previousEnd = 0;
        for (var k = 0; k < laps.Count; k++)
        {
            var end = laps[k].EndSampleIndex;
            if (end <= previousEnd && !(k == 0 && sampleCount == 1) || end >= sampleCount)
                throw Invalid("Laps", $"lap {k} ends at sample {end}, not after sample {previousEnd} and within {sampleCount} samples");
            previousEnd = end;
        }
        if (laps.Count > 0 && previousEnd != sampleCount - 1)
            throw Invalid("Laps", $"the last lap ends at sample {previousEnd}, not at the last sample {sampleCount - 1}");
    }

    private static void RequireLength<T>(T[]? column, int expected, string name)
    {
        if (column is not null && column.Length != expected)
            throw Invalid(name, $"has {column.Length} samples, ElapsedS has {expected}");
    }

    private static ArgumentException Invalid(string column, string reason) =>
        new($"Cannot encode the FIT activity: {column} {reason}.", nameof(FitActivityToEncode));
}
