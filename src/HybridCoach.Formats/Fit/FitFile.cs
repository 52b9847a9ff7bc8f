namespace HybridCoach.Formats.Fit;

/// <summary>
/// A whole FIT file decoded in message mode. <see cref="Errors"/> holds the fatal fault that stopped
/// decoding (empty when the file is clean); <see cref="Messages"/> is everything decoded before it.
/// </summary>
public sealed record FitFile(
    FitMessageList Messages,
    IReadOnlyList<FitDeveloperFieldDescription> DeveloperFieldDescriptions,
    FitIntegrity Integrity,
    IReadOnlyList<string> Errors)
{
    public IEnumerable<FitMessage> OfType(ushort globalNumber) => Messages.Where(m => m.GlobalNumber == globalNumber);
}
