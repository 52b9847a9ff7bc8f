namespace HybridCoach.Domain.Load;

/// <summary>The stable ids of <see cref="LoadMeasure"/> used by the CLI (--load) and in JSON.</summary>
public static class LoadMeasureIds
{
    public static string ToId(this LoadMeasure measure) => measure switch
    {
        LoadMeasure.Duration => "duration",
        LoadMeasure.Distance => "distance",
        LoadMeasure.SessionRpe => "srpe",
        LoadMeasure.Trimp => "trimp",
        LoadMeasure.RunningStress => "rss",
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "unknown load measure"),
    };

    /// <summary>Parses an id from <see cref="ToId"/>; throws naming the accepted ids otherwise.</summary>
    public static LoadMeasure Parse(string text)
    {
        var key = text?.Trim().ToLowerInvariant();
        foreach (var measure in Enum.GetValues<LoadMeasure>())
        {
            if (measure.ToId() == key) return measure;
        }
        throw new ArgumentException(
            $"load measure '{text}' is not one of duration, distance, srpe, trimp, rss", nameof(text));
    }
}
