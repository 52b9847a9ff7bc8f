namespace HybridCoach.Formats.Fit.Profile;

/// <summary>Global message numbers this decoder interprets (FIT Profile, "mesg_num" type).</summary>
public static class FitMessageNumbers
{
    public const ushort FileId = 0;
    public const ushort Sport = 12;
    public const ushort Session = 18;
    public const ushort Lap = 19;
    public const ushort Record = 20;
    public const ushort Event = 21;
    public const ushort DeviceInfo = 23;
    public const ushort Workout = 26;
    public const ushort WorkoutStep = 27;
    public const ushort Activity = 34;
    public const ushort FileCreator = 49;
    public const ushort Hrv = 78;
    public const ushort Hr = 132;
    public const ushort FieldDescription = 206;
    public const ushort DeveloperDataId = 207;
}
