namespace HybridCoach.Formats.Fit;

/// <summary>One decoded data message with scaled field values (message mode).</summary>
public sealed class FitMessage
{
    public FitMessage(ushort globalNumber, string name, IReadOnlyList<FitField> fields, IReadOnlyList<FitDeveloperField> developerFields)
    {
        GlobalNumber = globalNumber;
        Name = name;
        Fields = fields;
        DeveloperFields = developerFields;
    }

    public ushort GlobalNumber { get; }

    /// <summary>snake_case FIT Profile name ("record", "session"), or "unknown_N".</summary>
    public string Name { get; }

    public IReadOnlyList<FitField> Fields { get; }
    public IReadOnlyList<FitDeveloperField> DeveloperFields { get; }

    public FitField? Field(string name)
    {
        foreach (var field in Fields)
        {
            if (field.Name == name) return field;
        }
        return null;
    }

    public FitField? Field(int number)
    {
        foreach (var field in Fields)
        {
            if (field.Number == number) return field;
        }
        return null;
    }

    public double? GetDouble(string name) => Field(name)?.AsDouble();

    public string? GetString(string name) => Field(name)?.Value as string;
}
