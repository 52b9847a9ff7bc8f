namespace HybridCoach.Domain.Athletes;

/// <summary>
/// Athlete data refused by <see cref="AthleteGuard"/>: an <see cref="ArgumentException"/> (so every caller that
/// catches those still does) that also names the field, for a front end to point at it (a web form, a problem's
/// "field"). The message is unchanged: the field, the value and why.
/// </summary>
public sealed class InvalidFieldException(string field, string message) : ArgumentException(message)
{
    public string Field { get; } = field;
}
