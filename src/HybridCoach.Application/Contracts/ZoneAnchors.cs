using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Contracts;

/// <summary>
/// The threshold pace and LTHR that `coach zones` anchors to, each with its source id
/// (<see cref="ZoneAnchorSources"/>), and the history's estimate when the pace came from it.
/// </summary>
public sealed record ZoneAnchors(Pace? ThresholdPace, string ThresholdPaceSource, HeartRate? Lthr, string LthrSource, ThresholdPaceEstimate? Estimate = null);

/// <summary>Where a zone anchor came from: the command line, the athlete profile, or the history as of the date.</summary>
public static class ZoneAnchorSources
{
    public const string Option = "option";
    public const string Profile = "profile";
    public const string Estimate = "estimate";
    public const string None = "none";

    public static string Describe(string source) => source switch
    {
        Option => "given on the command line",
        Profile => "from the athlete profile",
        Estimate => "estimated from the history",
        _ => "not known",
    };
}
