namespace HybridCoach.Formats;

/// <summary>
/// A file that cannot be read as an activity. <see cref="Exception.Message"/> is one line naming the
/// file and the reason, fit to show a runner ("run.fit: file CRC mismatch (stored 0x1A2B, computed 0x3C4D)").
/// </summary>
public sealed class ActivityFileException : Exception
{
    public ActivityFileException(string fileName, string reason, Exception? inner = null)
        : base($"{fileName}: {reason}", inner)
    {
        FileName = fileName;
        Reason = reason;
    }

    public string FileName { get; }
    public string Reason { get; }
}
