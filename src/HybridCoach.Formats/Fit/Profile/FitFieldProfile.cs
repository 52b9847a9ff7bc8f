namespace HybridCoach.Formats.Fit.Profile;

/// <summary>
/// One field of the FIT Profile: number, snake_case name, scale and offset (value = raw / scale - offset)
/// and units, as the FIT Profile's Messages sheet states them.
/// </summary>
public sealed record FitFieldProfile(byte Number, string Name, double Scale = 1, double Offset = 0,
    string? Units = null, FitFieldKind Kind = FitFieldKind.Number)
{
    public bool IsScaled => Scale != 1 || Offset != 0;
}
