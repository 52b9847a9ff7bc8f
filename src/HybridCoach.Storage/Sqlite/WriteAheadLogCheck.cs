using System.Buffers.Binary;

namespace HybridCoach.Storage.Sqlite;

/// <summary>
/// Refuses a store whose write-ahead log is gone while its index says the log held committed changes (issue 15 item
/// 5: "a deleted WAL silently loses saved activities"). In WAL mode SQLite keeps recent commits in
/// <c>hybridcoach.db-wal</c> until a checkpoint copies them into the database, and indexes them in
/// <c>hybridcoach.db-shm</c>; a clean close checkpoints and removes both, a crash leaves both. A <c>-shm</c> whose
/// index header counts frames (mxFrame, the 32-bit word at byte 16 of the WAL-index header, in native byte order:
/// sqlite.org/walformat.html §2.1) with no <c>-wal</c> beside it means the log was removed: opening would silently
/// drop those commits, so the store is not opened and the message says what to do.
/// </summary>
internal static class WriteAheadLogCheck
{
    /// <summary>A closing process removes the log, then the index: a moment later a clean close has removed both.</summary>
    private static readonly TimeSpan ClosingGrace = TimeSpan.FromMilliseconds(300);

    private const int MaxFrameOffset = 16;

    public static void Verify(string databasePath)
    {
        if (LostFrames(databasePath) is not { } frames) return;
        Thread.Sleep(ClosingGrace);
        if (LostFrames(databasePath) is null) return;
        throw new StoreOpenException(databasePath,
            $"its write-ahead log {Path.GetFileName(databasePath)}-wal is missing, while {Path.GetFileName(databasePath)}-shm counts {frames} pages of saved changes in it: "
            + "opening it would lose them. Put the -wal file back, or restore the store from a backup; to accept the loss, delete the -shm file and run again");
    }

    private static uint? LostFrames(string databasePath)
    {
        var shm = databasePath + "-shm";
        if (!File.Exists(databasePath) || new FileInfo(databasePath).Length == 0 || !File.Exists(shm) || File.Exists(databasePath + "-wal")) return null;
        try
        {
            using var stream = new FileStream(shm, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            Span<byte> header = stackalloc byte[MaxFrameOffset + 4];
            if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length) return null;
            var frames = BitConverter.IsLittleEndian
                ? BinaryPrimitives.ReadUInt32LittleEndian(header[MaxFrameOffset..])
                : BinaryPrimitives.ReadUInt32BigEndian(header[MaxFrameOffset..]);
            return frames > 0 ? frames : null;
        }
        catch (FileNotFoundException)
        {
            return null;   // removed by a closing process between the two looks
        }
    }
}
