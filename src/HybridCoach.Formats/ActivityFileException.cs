namespace HybridCoach.Formats;

/// <summary>
/// A file that cannot be read as an activity. <see cref="Exception.Message"/> is one line naming the
/// file and the reason, fit to show a runner ("run.fit: file CRC mismatch (stored 0x1A2B, computed 0x3C4D)").
/// <see cref="NotAnActivity"/>: the file is sound but holds something else — a route, a monitoring or settings file,
/// a weight log — so an import skips it rather than failing it.
/// </summary>
public sealed class ActivityFileException : Exception
{
    public ActivityFileException(string fileName, string reason, Exception? inner = null, bool notAnActivity = false)
        : base($"{fileName}: {reason}", inner)
    {
        FileName = fileName;
        Reason = reason;
        NotAnActivity = notAnActivity;
    }

    public string FileName { get; }
    public string Reason { get; }
    public bool NotAnActivity { get; }
}
