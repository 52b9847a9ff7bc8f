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

    /// <summary>Column mode, strict: returns the number of samples.</summary>
    public static long DecodeColumns(ReadOnlySpan<byte> content, string fileName) =>
        Reader.Read(content, fileName, ActivityReadOptions.Strict).Samples.Count;
}
