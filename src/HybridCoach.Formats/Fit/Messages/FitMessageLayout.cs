using HybridCoach.Formats.Fit.Profile;

namespace HybridCoach.Formats.Fit.Messages;

/// <summary>
/// Message mode's view of one definition, computed once when the definition arrives: the profile name,
/// a decode plan per kept field (profile scale/offset applied when the options ask), and whether data
/// messages get an implied timestamp or the compressed_speed_distance expansion.
/// </summary>
internal sealed class FitMessageLayout
{
    /// <summary>Implied timestamp plus expanded speed and distance: the most fields added to a message.</summary>
    private const int MaxAddedFields = 3;

    /// <summary>FIT Profile record field 8, compressed_speed_distance: three bytes.</summary>
    private const byte CompressedSpeedDistanceField = 8;

    public FitMessageLayout(FitMessageDefinition definition, FitDecodeOptions options)
    {
        GlobalNumber = definition.GlobalNumber;
        Profile = FitProfile.Message(definition.GlobalNumber);
        Name = Profile?.Name ?? FitProfile.MessageName(definition.GlobalNumber);
        IsBigEndian = definition.IsBigEndian;
        ScalesValues = options.ApplyScaleAndOffset;
        AddsImpliedTimestamp = definition.TimestampOffset < 0;
        DeveloperFields = definition.DeveloperFields;
        var plans = new List<FitFieldPlan>(definition.Fields.Length);
        foreach (var field in definition.Fields)
        {
            var fieldProfile = Profile?.Field(field.Number);
            if (fieldProfile is null && !options.IncludeUnknownFields) continue;
            var scaled = options.ApplyScaleAndOffset && fieldProfile is not null;
            plans.Add(FitFieldPlan.Create(field.Number, field.Offset, field.Size, field.BaseType, IsBigEndian,
                scaled ? fieldProfile!.Scale : 1, scaled ? fieldProfile!.Offset : 0));
            ExpandsSpeedDistance |= options.ExpandComponents && GlobalNumber == FitMessageNumbers.Record
                && field.Number == CompressedSpeedDistanceField && field.BaseType == FitBaseType.Byte && field.Size == 3;
        }
        Fields = [.. plans];
        MaxSlots = Fields.Length + MaxAddedFields;
    }

    public ushort GlobalNumber { get; }
    public string Name { get; }
    public FitMessageProfile? Profile { get; }
    public bool IsBigEndian { get; }

    /// <summary>Whether scale/offset are applied (also to expanded components and developer fields).</summary>
    public bool ScalesValues { get; }
    public FitFieldPlan[] Fields { get; }
    public FitDeveloperFieldDefinition[] DeveloperFields { get; }
    public bool AddsImpliedTimestamp { get; }
    public bool ExpandsSpeedDistance { get; }
    public int MaxSlots { get; }

    /// <summary>Plans for the developer fields whose descriptions were known at the last <see cref="ResolveDeveloperFields"/>.</summary>
    public FitFieldPlan[] DeveloperPlans { get; private set; } = [];

    /// <summary>The description behind each of <see cref="DeveloperPlans"/>.</summary>
    public FitDeveloperFieldDescription[] DeveloperDescriptions { get; private set; } = [];

    private int _resolvedDeveloperVersion = -1;

    /// <summary>
    /// Looks the definition's developer fields up in the descriptions registered so far (FIT Protocol,
    /// "Developer Data": a field_description gives base type, scale and offset); repeated only when new
    /// descriptions have arrived since, so a data message just follows the plans.
    /// </summary>
    public void ResolveDeveloperFields(FitDeveloperRegistry registry)
    {
        if (_resolvedDeveloperVersion == registry.Version) return;
        _resolvedDeveloperVersion = registry.Version;
        var plans = new List<FitFieldPlan>(DeveloperFields.Length);
        var descriptions = new List<FitDeveloperFieldDescription>(DeveloperFields.Length);
        foreach (var field in DeveloperFields)
        {
            if (registry.Find(field.DeveloperIndex, field.FieldNumber) is not { } description) continue;
            var type = field.Size % FitBaseTypes.Size(description.BaseType) == 0 ? description.BaseType : FitBaseType.Byte;
            plans.Add(FitFieldPlan.Create(field.FieldNumber, field.Offset, field.Size, type, IsBigEndian,
                ScalesValues ? description.Scale : 1, ScalesValues ? description.Offset : 0));
            descriptions.Add(description);
        }
        DeveloperPlans = [.. plans];
        DeveloperDescriptions = [.. descriptions];
    }
}
