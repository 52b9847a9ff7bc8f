namespace HybridCoach.Storage;

/// <summary>
/// The store could not be opened: the path and the reason in one line ("store /data/hybridcoach.db: file is not a
/// database (SQLite error 26)"). An I/O error for the front ends: the CLI prints it and exits 1, never a stack trace.
/// </summary>
public sealed class StoreOpenException(string path, string reason, Exception? inner = null)
    : IOException($"store {path}: {reason}", inner)
{
    public string StorePath { get; } = path;
}
