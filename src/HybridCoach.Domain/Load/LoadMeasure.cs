namespace HybridCoach.Domain.Load;

/// <summary>What a training-load value measures. Ids: duration, distance, srpe, trimp, rss.</summary>
public enum LoadMeasure
{
    /// <summary>Minutes of timer time.</summary>
    Duration,

    /// <summary>Kilometres.</summary>
    Distance,

    /// <summary>Foster's session-RPE load: RPE (CR-10) × minutes.</summary>
    SessionRpe,

    /// <summary>Banister's exponential heart-rate TRIMP.</summary>
    Trimp,

    /// <summary>Stress score scaled so that one hour at threshold is 100 (graded pace, else LTHR).</summary>
    RunningStress,
}
