namespace HybridCoach.Formats.Fit;

/// <summary>
/// A field_description message (global 206): how to read one developer field (FIT Protocol, "Developer
/// Data"; FIT Profile, field_description). Native numbers say which native field it stands in for.
/// </summary>
public sealed record FitDeveloperFieldDescription(
    int DeveloperIndex,
    int FieldNumber,
    string? Name,
    string? Units,
    FitBaseType BaseType,
    double Scale,
    double Offset,
    int? NativeMessageNumber,
    int? NativeFieldNumber)
{
    public string BaseTypeName => FitBaseTypes.Name(BaseType);
}
