using HybridCoach.Formats;
using HybridCoach.Formats.Fit;

namespace HybridCoach.Benchmarks.Corpus;

/// <summary>The two ways of decoding a FIT file that the benchmarks time.</summary>
public static class FitDecodeModes
{
    // FIT Profile global message number of "record" (Profile.xlsx, mesg_num).
    private const ushort RecordMessage = 20;

    private static readonly FitActivityReader Reader = new();

    /// <summary>Message mode, default options: returns the number of record messages.</summary>
    public static long DecodeMessages(ReadOnlySpan<byte> content)
    {
        var file = FitDecoder.Decode(content, FitDecodeOptions.Default);
        long records = 0;
        foreach (var message in file.Messages)
        {
            if (message.GlobalNumber == RecordMessage) records++;
        }
        return records;
    }

    /// <summary>
    /// Column mode, strict: returns the number of samples. The 5 valid corpus files that hold no activity
    /// (settings, weight, workout, monitoring, developer data only) are refused as "not an activity" (or, with no
    /// file type, scanned to the end and refused with "no activity data"), which counts 0 samples here rather than
    /// stopping a pass over the corpus.
    /// </summary>
    public static long DecodeColumns(ReadOnlySpan<byte> content, string fileName)
    {
        try
        {
            return Reader.Read(content, fileName, ActivityReadOptions.Strict).Samples.Count;
        }
        catch (ActivityFileException e) when (e.NotAnActivity || e.Reason.StartsWith("no activity data", StringComparison.Ordinal))
        {
            return 0;
        }
    }
}
