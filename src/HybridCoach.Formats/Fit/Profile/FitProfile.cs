namespace HybridCoach.Formats.Fit.Profile;

/// <summary>
/// The small slice of the FIT Profile this decoder knows: every message's name, and the fields (scale,
/// offset, units) of the messages a coach needs. Lookups are array indexed, no hashing per message.
/// </summary>
public static class FitProfile
{
    private static readonly FitMessageProfile?[] ByNumber = Build();

    /// <summary>The profile of a global message number, or null when the profile does not list it.</summary>
    public static FitMessageProfile? Message(ushort globalNumber) =>
        globalNumber < ByNumber.Length ? ByNumber[globalNumber] : null;

    /// <summary>The snake_case profile name, or "unknown_N".</summary>
    public static string MessageName(ushort globalNumber) =>
        Message(globalNumber)?.Name ?? UnknownName(globalNumber);

    private static string UnknownName(ushort number) => "unknown_" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static FitMessageProfile?[] Build()
    {
        var table = new FitMessageProfile?[512];
        foreach (var (number, name) in FitMessageNames.All) table[number] = new FitMessageProfile(number, name);
        foreach (var message in FitActivityMessageProfiles.All) table[message.Number] = message;
        foreach (var message in FitDeviceMessageProfiles.All) table[message.Number] = message;
        return table;
    }
}
