namespace HybridCoach.Formats.Fit.Messages;

/// <summary>Where one message's fields live in the store: a slot range, a developer-slot range and its layout.</summary>
internal struct FitMessageEntry
{
    public int LayoutIndex;
    public int SlotStart;
    public int DeveloperStart;
    public ushort SlotCount;
    public ushort DeveloperCount;
}
