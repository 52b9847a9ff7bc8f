namespace HybridCoach.Formats.Fit.Messages;

/// <summary>One decoded developer field: its field_description and the value, stored like a <see cref="FitFieldSlot"/>.</summary>
internal struct FitDeveloperSlot
{
    public FitDeveloperFieldDescription Description;
    public long Bits;
    public byte Length;
    public FitSlotKind Kind;
}
