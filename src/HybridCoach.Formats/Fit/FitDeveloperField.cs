namespace HybridCoach.Formats.Fit;

/// <summary>
/// One developer field value, decoded with its field_description's base type, scale, offset, name and
/// units (FIT Protocol, "Developer Data"). <see cref="Name"/> is null when the description has none.
/// </summary>
public sealed record FitDeveloperField(int DeveloperIndex, int FieldNumber, string? Name, string? Units, object Value);
