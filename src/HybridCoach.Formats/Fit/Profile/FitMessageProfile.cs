namespace HybridCoach.Formats.Fit.Profile;

/// <summary>One FIT Profile message: its global number, snake_case name and the fields we know by number.</summary>
public sealed class FitMessageProfile
{
    private readonly FitFieldProfile?[] _fields = new FitFieldProfile?[256];

    public FitMessageProfile(ushort number, string name, params FitFieldProfile[] fields)
    {
        Number = number;
        Name = name;
        foreach (var field in fields) _fields[field.Number] = field;
    }

    public ushort Number { get; }
    public string Name { get; }

    public FitFieldProfile? Field(byte number) => _fields[number];
}
