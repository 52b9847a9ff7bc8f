namespace HybridCoach.Formats.Fit;

/// <summary>
/// Message-mode switches. Defaults match what reference decoders do: scale/offset applied, the
/// compressed_speed_distance component expanded into speed and distance, heart rates from hr messages
/// merged into records, and fields the profile does not name kept as "unknown_N".
/// </summary>
public sealed record FitDecodeOptions(
    bool ApplyScaleAndOffset = true,
    bool ExpandComponents = true,
    bool MergeHeartRates = true,
    bool IncludeUnknownFields = true)
{
    public static FitDecodeOptions Default { get; } = new();
}
