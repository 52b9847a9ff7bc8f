namespace HybridCoach.Formats.Fit;

/// <summary>
/// Message mode: decodes every message of a FIT file with profile names and scaled values, like other
/// decoders that build whole messages. Never throws for any input: faults end decoding and are returned
/// in <see cref="FitFile.Errors"/> with what was decoded before them.
/// </summary>
public static class FitDecoder
{
    public static FitFile Decode(ReadOnlySpan<byte> content, FitDecodeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new FitMessageBuilder(options, content.Length);
        var scan = FitScanner.Scan(content, ref builder);
        if (options.MergeHeartRates && builder.HasHeartRateMessages) HeartRateMerger.Merge(builder.Store);
        var headerCrcOk = scan.Error is null || !scan.Error.StartsWith("header CRC", StringComparison.Ordinal);
        return new FitFile(new FitMessageList(builder.Store), builder.Developer.All, new FitIntegrity(scan.Segments, headerCrcOk),
            scan.Error is null ? [] : [scan.Error]);
    }

    public static FitFile Decode(ReadOnlySpan<byte> content) => Decode(content, FitDecodeOptions.Default);
}
