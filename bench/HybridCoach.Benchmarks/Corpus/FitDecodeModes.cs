namespace HybridCoach.Benchmarks.Corpus;

/// <summary>The two ways of decoding a FIT file that the benchmarks time.</summary>
public static class FitDecodeModes
{
    /// <summary>Message mode: returns the number of record messages.</summary>
    public static long DecodeMessages(ReadOnlySpan<byte> content) =>
        throw new NotImplementedException("waiting for FitDecoder (branch fit-decoder)");

    /// <summary>Column mode: returns the number of samples.</summary>
    public static long DecodeColumns(ReadOnlySpan<byte> content, string fileName) =>
        throw new NotImplementedException("waiting for FitActivityReader (branch fit-decoder)");
}
