using HybridCoach.Formats.Fit.Messages;
using HybridCoach.Formats.Fit.Profile;

namespace HybridCoach.Formats.Fit;

/// <summary>
/// Message-mode visitor: turns each definition into a <see cref="FitMessageLayout"/> once, decodes every data
/// message into the file's <see cref="FitMessageStore"/>, and registers developer field descriptions as they arrive.
/// </summary>
internal struct FitMessageBuilder : IFitVisitor
{
    private readonly FitDecodeOptions _options;
    private readonly FitMessageLayout?[] _layouts = new FitMessageLayout?[16];
    private readonly int[] _layoutIndexes = new int[16];
    private CompressedSpeedDistance _speedDistance;

    public FitMessageBuilder(FitDecodeOptions options, int contentLength)
    {
        _options = options;
        Store = new FitMessageStore(contentLength);
        Developer = new FitDeveloperRegistry();
    }

    public FitMessageStore Store { get; }
    public FitDeveloperRegistry Developer { get; }

    /// <summary>Whether an hr definition was seen (only then can there be heart rates to merge into records).</summary>
    public bool HasHeartRateMessages { get; private set; }

    public readonly void OnSegment(int index, in FitHeader header)
    {
    }

    public void OnDefinition(int localNumber, FitMessageDefinition definition)
    {
        var layout = new FitMessageLayout(definition, _options);
        HasHeartRateMessages |= definition.GlobalNumber == FitMessageNumbers.Hr;
        _layouts[localNumber] = layout;
        _layoutIndexes[localNumber] = Store.AddLayout(layout);
    }

    public void OnMessage(int localNumber, FitMessageDefinition definition, ReadOnlySpan<byte> payload, long timestamp)
    {
        var layout = _layouts[localNumber]!;
        var index = FitMessageAppender.Append(Store, _layoutIndexes[localNumber], layout, payload, timestamp, Developer, ref _speedDistance);
        if (layout.GlobalNumber == FitMessageNumbers.FieldDescription) Developer.Register(new FitMessage(Store, index));
    }
}
