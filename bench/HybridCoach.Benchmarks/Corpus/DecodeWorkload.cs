namespace HybridCoach.Benchmarks.Corpus;

/// <summary>
/// A list of FIT files held in memory (so disk time is never measured), with the totals that turn a
/// time into throughput: bytes, and the record messages found by decoding once in message mode.
/// </summary>
public sealed class DecodeWorkload
{
    private static readonly Dictionary<string, DecodeWorkload> Cache = new(StringComparer.Ordinal);

    private DecodeWorkload(IReadOnlyList<(string Name, byte[] Content)> files)
    {
        Files = files;
        TotalBytes = files.Sum(file => (long)file.Content.Length);
        RecordCount = DecodeMessages();
    }

    public IReadOnlyList<(string Name, byte[] Content)> Files { get; }

    public long TotalBytes { get; }

    /// <summary>FIT record messages (global message 20) in all the files.</summary>
    public long RecordCount { get; }

    public static DecodeWorkload FromPaths(IEnumerable<string> paths) =>
        new(paths.Select(path => (Path.GetFileName(path), File.ReadAllBytes(path))).ToList());

    /// <summary>The workload of a benchmark target (a large file's name or "corpus"), loaded once per process.</summary>
    public static DecodeWorkload ForTarget(string target)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(target, out var workload))
            {
                workload = FromPaths(BenchCorpus.FilesOf(target));
                Cache[target] = workload;
            }
            return workload;
        }
    }

    /// <summary>Decodes every file, every message built with scaled values; returns the record count.</summary>
    public long DecodeMessages()
    {
        long records = 0;
        foreach (var (_, content) in Files) records += FitDecodeModes.DecodeMessages(content);
        return records;
    }

    /// <summary>Decodes every file's records into columns; returns the sample count.</summary>
    public long DecodeColumns()
    {
        long samples = 0;
        foreach (var (name, content) in Files) samples += FitDecodeModes.DecodeColumns(content, name);
        return samples;
    }

    public long Decode(DecodeMode mode) => mode == DecodeMode.Messages ? DecodeMessages() : DecodeColumns();
}
