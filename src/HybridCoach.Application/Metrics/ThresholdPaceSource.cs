namespace HybridCoach.Application.Metrics;

/// <summary>Where the threshold pace of a metrics report came from. Ids: profile, estimated, none.</summary>
public enum ThresholdPaceSource
{
    /// <summary>No threshold pace: none in the profile and too few best efforts to estimate one.</summary>
    None,

    /// <summary>The athlete profile's (or given for the command, e.g. --threshold-pace).</summary>
    Profile,

    /// <summary>Estimated from the history's best efforts as of the as-of date (EstimateThresholdPace).</summary>
    Estimated,
}
