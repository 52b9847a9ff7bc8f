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
}
