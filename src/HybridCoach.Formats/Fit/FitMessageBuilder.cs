using HybridCoach.Formats.Fit.Profile;

namespace HybridCoach.Formats.Fit;

/// <summary>
/// Message-mode visitor: builds a <see cref="FitMessage"/> with profile names and scaled values for every
/// data message, registers developer field descriptions as they arrive and decodes developer fields with them.
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
        var profile = FitProfile.Message(definition.GlobalNumber);
        var fields = new List<FitField>(definition.Fields.Length + 2);
        foreach (var field in definition.Fields)
        {
            var fieldProfile = profile?.Field(field.Number);
            if (fieldProfile is null && !_options.IncludeUnknownFields) continue;
            var scale = _options.ApplyScaleAndOffset && fieldProfile is not null ? fieldProfile.Scale : 1;
            var offset = _options.ApplyScaleAndOffset && fieldProfile is not null ? fieldProfile.Offset : 0;
            var value = FitValueDecoder.Decode(payload.Slice(field.Offset, field.Size), field.BaseType, definition.IsBigEndian, scale, offset);
            if (value is null) continue;
            fields.Add(new FitField(field.Number, fieldProfile?.Name ?? "unknown_" + field.Number, value, fieldProfile?.Units));
        }
        if (timestamp >= 0 && definition.TimestampOffset < 0)
            fields.Add(new FitField(FitMessageDefinition.TimestampFieldNumber, "timestamp", timestamp, "s"));
        if (definition.GlobalNumber == FitMessageNumbers.Record && _options.ExpandComponents)
            _speedDistance.Expand(fields, _options.ApplyScaleAndOffset);
        var message = new FitMessage(definition.GlobalNumber, profile?.Name ?? "unknown_" + definition.GlobalNumber,
            fields, DecodeDeveloperFields(definition, payload));
        if (definition.GlobalNumber == FitMessageNumbers.FieldDescription) Developer.Register(message);
        Messages.Add(message);
    }

    private readonly IReadOnlyList<FitDeveloperField> DecodeDeveloperFields(FitMessageDefinition definition, ReadOnlySpan<byte> payload)
    {
        if (definition.DeveloperFields.Length == 0) return [];
        var values = new List<FitDeveloperField>(definition.DeveloperFields.Length);
        foreach (var field in definition.DeveloperFields)
        {
            var description = Developer.Find(field.DeveloperIndex, field.FieldNumber);
            if (description is null) continue;
            var type = field.Size % FitBaseTypes.Size(description.BaseType) == 0 ? description.BaseType : FitBaseType.Byte;
            var scale = _options.ApplyScaleAndOffset ? description.Scale : 1;
            var offset = _options.ApplyScaleAndOffset ? description.Offset : 0;
            var value = FitValueDecoder.Decode(payload.Slice(field.Offset, field.Size), type, definition.IsBigEndian, scale, offset);
            if (value is null) continue;
            values.Add(new FitDeveloperField(field.DeveloperIndex, field.FieldNumber, description.Name, description.Units, value));
        }
        return values;
    }
}
