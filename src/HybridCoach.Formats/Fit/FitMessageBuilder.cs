using HybridCoach.Formats.Fit.Profile;

namespace HybridCoach.Formats.Fit;

/// <summary>
/// Message-mode visitor: builds a <see cref="FitMessage"/> for every data message, registers developer
/// field descriptions as they arrive, and expands record components.
/// </summary>
internal struct FitMessageBuilder : IFitVisitor
{
    private readonly FitDecodeOptions _options;
    private CompressedSpeedDistance _speedDistance;

    public FitMessageBuilder(FitDecodeOptions options)
    {
        _options = options;
        Messages = [];
        Developer = new FitDeveloperRegistry();
    }

    public List<FitMessage> Messages { get; }
    public FitDeveloperRegistry Developer { get; }

    public readonly void OnSegment(int index, in FitHeader header)
    {
    }

    public readonly void OnDefinition(int localNumber, FitMessageDefinition definition)
    {
    }

    public void OnMessage(int localNumber, FitMessageDefinition definition, ReadOnlySpan<byte> payload, long timestamp)
    {
        var message = FitMessageFactory.Build(definition, payload, timestamp, _options, Developer);
        if (definition.GlobalNumber == FitMessageNumbers.Record && _options.ExpandComponents)
            _speedDistance.Expand((List<FitField>)message.Fields, _options.ApplyScaleAndOffset);
        if (definition.GlobalNumber == FitMessageNumbers.FieldDescription) Developer.Register(message);
        Messages.Add(message);
    }
}
