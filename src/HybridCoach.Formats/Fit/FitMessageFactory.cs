using HybridCoach.Formats.Fit.Profile;

namespace HybridCoach.Formats.Fit;

/// <summary>Builds one <see cref="FitMessage"/> (profile names, scaled values, developer fields) from a data message.</summary>
internal static class FitMessageFactory
{
    public static FitMessage Build(FitMessageDefinition definition, ReadOnlySpan<byte> payload, long timestamp,
        FitDecodeOptions options, FitDeveloperRegistry developer)
    {
        var profile = FitProfile.Message(definition.GlobalNumber);
        var fields = new List<FitField>(definition.Fields.Length + 2);
        foreach (var field in definition.Fields)
        {
            var fieldProfile = profile?.Field(field.Number);
            if (fieldProfile is null && !options.IncludeUnknownFields) continue;
            var scaled = options.ApplyScaleAndOffset && fieldProfile is not null;
            var value = FitValueDecoder.Decode(payload.Slice(field.Offset, field.Size), field.BaseType, definition.IsBigEndian,
                scaled ? fieldProfile!.Scale : 1, scaled ? fieldProfile!.Offset : 0);
            if (value is null) continue;
            fields.Add(new FitField(field.Number, fieldProfile?.Name ?? "unknown_" + field.Number, value, fieldProfile?.Units));
        }
        if (timestamp >= 0 && definition.TimestampOffset < 0)
            fields.Add(new FitField(FitMessageDefinition.TimestampFieldNumber, "timestamp", timestamp, "s"));
        return new FitMessage(definition.GlobalNumber, profile?.Name ?? "unknown_" + definition.GlobalNumber,
            fields, DecodeDeveloperFields(definition, payload, options, developer));
    }

    private static IReadOnlyList<FitDeveloperField> DecodeDeveloperFields(FitMessageDefinition definition,
        ReadOnlySpan<byte> payload, FitDecodeOptions options, FitDeveloperRegistry developer)
    {
        if (definition.DeveloperFields.Length == 0) return [];
        var values = new List<FitDeveloperField>(definition.DeveloperFields.Length);
        foreach (var field in definition.DeveloperFields)
        {
            var description = developer.Find(field.DeveloperIndex, field.FieldNumber);
            if (description is null) continue;
            var type = field.Size % FitBaseTypes.Size(description.BaseType) == 0 ? description.BaseType : FitBaseType.Byte;
            var value = FitValueDecoder.Decode(payload.Slice(field.Offset, field.Size), type, definition.IsBigEndian,
                options.ApplyScaleAndOffset ? description.Scale : 1, options.ApplyScaleAndOffset ? description.Offset : 0);
            if (value is null) continue;
            values.Add(new FitDeveloperField(field.DeveloperIndex, field.FieldNumber, description.Name, description.Units, value));
        }
        return values;
    }
}
