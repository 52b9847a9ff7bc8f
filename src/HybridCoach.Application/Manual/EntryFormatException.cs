namespace HybridCoach.Application.Manual;

/// <summary>
/// A value typed by the runner that cannot be used. The message names the input and why:
/// "--distance '10kk': expected a number with km, mi or m".
/// </summary>
public sealed class EntryFormatException(string inputName, string text, string reason)
    : FormatException($"{inputName} '{text}': {reason}")
{
    public string InputName { get; } = inputName;
    public string Text { get; } = text;
    public string Reason { get; } = reason;
}
