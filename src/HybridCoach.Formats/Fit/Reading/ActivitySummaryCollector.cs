using HybridCoach.Formats.Fit.Profile;

namespace HybridCoach.Formats.Fit.Reading;

/// <summary>
/// Keeps the few non-record messages an activity needs (file_id, device_info, session, lap, activity,
/// hr) as decoded <see cref="FitMessage"/>s; they are rare, so message mode is fine for them.
/// </summary>
internal sealed class ActivitySummaryCollector
{
    private static readonly FitDecodeOptions Options = new(IncludeUnknownFields: false);
    private readonly FitDeveloperRegistry _noDeveloperFields = new();

    public List<FitMessage> FileIds { get; } = [];
    public List<FitMessage> DeviceInfos { get; } = [];
    public List<FitMessage> Sessions { get; } = [];
    public List<FitMessage> Laps { get; } = [];
    public List<FitMessage> Activities { get; } = [];
    public List<FitMessage> HeartRateMessages { get; } = [];

    /// <summary>Whether messages of this global number are kept (decided once per definition).</summary>
    public static bool Wants(ushort globalNumber) => globalNumber is FitMessageNumbers.FileId or FitMessageNumbers.DeviceInfo
        or FitMessageNumbers.Session or FitMessageNumbers.Lap or FitMessageNumbers.Activity or FitMessageNumbers.Hr;

    public void OnMessage(FitMessageDefinition definition, ReadOnlySpan<byte> payload, long timestamp)
    {
        var target = definition.GlobalNumber switch
        {
            FitMessageNumbers.FileId => FileIds,
            FitMessageNumbers.DeviceInfo => DeviceInfos,
            FitMessageNumbers.Session => Sessions,
            FitMessageNumbers.Lap => Laps,
            FitMessageNumbers.Activity => Activities,
            FitMessageNumbers.Hr => HeartRateMessages,
            _ => null,
        };
        target?.Add(FitMessageFactory.Build(definition, payload, timestamp, Options, _noDeveloperFields));
    }
}
