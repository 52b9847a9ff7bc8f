using HybridCoach.Application.Stores;

namespace HybridCoach.Storage;

/// <summary>
/// The store could not be opened: the path and the reason in one line ("store /data/hybridcoach.db: file is not a
/// database (SQLite error 26)"). A <see cref="StoreFaultException"/>: the CLI prints it and exits 1, never a stack trace.
/// </summary>
public sealed class StoreOpenException(string path, string reason, Exception? inner = null) : StoreFaultException(path, reason, inner);
