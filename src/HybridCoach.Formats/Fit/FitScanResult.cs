namespace HybridCoach.Formats.Fit;

/// <summary>The outcome of one scan: the segments met and the first fatal error (null when clean).</summary>
internal sealed class FitScanResult
{
    public List<FitSegmentIntegrity> Segments { get; } = [];
    public string? Error { get; set; }

    /// <summary>Byte offset where decoding stopped (the file length when it ran to the end).</summary>
    public int StoppedAt { get; set; }
}
