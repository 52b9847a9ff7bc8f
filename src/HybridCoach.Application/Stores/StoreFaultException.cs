namespace HybridCoach.Application.Stores;

/// <summary>
/// A store could not do its work: the file, the reason and what to do, in one line ("store /data/hybridcoach.db: the
/// disk is full (SQLite error 13): nothing of the failed step was saved; free some space and run the command again").
/// An I/O error for the front ends — printed, exit 1, never a stack trace — and the end of a batch: an import stops at
/// the first store fault instead of writing on into a full disk or a damaged file (issue 15 item 5).
/// </summary>
public class StoreFaultException(string path, string reason, Exception? inner = null) : IOException($"store {path}: {reason}", inner)
{
    public string StorePath { get; } = path;
}
