using HybridCoach.Formats.Fit.Messages;
using HybridCoach.Formats.Fit.Profile;

namespace HybridCoach.Formats.Fit.Reading;

/// <summary>
/// Keeps the few non-record messages an activity needs (file_id, device_info, session, lap, activity,
/// hr) as decoded <see cref="FitMessage"/>s in a small message store; they are rare, so message mode is
/// fine for them.
/// </summary>
internal sealed class ActivitySummaryCollector
{
    private static readonly FitDecodeOptions Options = new(IncludeUnknownFields: false);
    private readonly FitDeveloperRegistry _noDeveloperFields = new();
    private readonly FitMessageStore _store = new(0);
    private CompressedSpeedDistance _noRecords;

    public List<FitMessage> FileIds { get; } = [];
    public List<FitMessage> DeviceInfos { get; } = [];
    public List<FitMessage> Sessions { get; } = [];
    public List<FitMessage> Laps { get; } = [];
    public List<FitMessage> Activities { get; } = [];
    public List<FitMessage> HeartRateMessages { get; } = [];

    /// <summary>Whether messages of this global number are kept (decided once per definition).</summary>
    public static bool Wants(ushort globalNumber) => globalNumber is FitMessageNumbers.FileId or FitMessageNumbers.DeviceInfo
        or FitMessageNumbers.Session or FitMessageNumbers.Lap or FitMessageNumbers.Activity or FitMessageNumbers.Hr;

    /// <summary>Prepares a wanted definition once; returns the layout to pass with each of its messages.</summary>
    public (int Index, FitMessageLayout Layout) Prepare(FitMessageDefinition definition)
    {
        var layout = new FitMessageLayout(definition, Options);
        return (_store.AddLayout(layout), layout);
    }

    public void OnMessage((int Index, FitMessageLayout Layout) layout, ReadOnlySpan<byte> payload, long timestamp)
    {
        var index = FitMessageAppender.Append(_store, layout.Index, layout.Layout, payload, timestamp, _noDeveloperFields, ref _noRecords);
        var target = layout.Layout.GlobalNumber switch
        {
            FitMessageNumbers.FileId => FileIds,
            FitMessageNumbers.DeviceInfo => DeviceInfos,
            FitMessageNumbers.Session => Sessions,
            FitMessageNumbers.Lap => Laps,
            FitMessageNumbers.Activity => Activities,
            _ => HeartRateMessages,
        };
        target.Add(new FitMessage(_store, index));
    }
}
