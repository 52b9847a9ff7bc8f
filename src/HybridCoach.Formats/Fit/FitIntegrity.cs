namespace HybridCoach.Formats.Fit;

/// <summary>Integrity of a whole FIT file: one entry per (chained) segment.</summary>
public sealed record FitIntegrity(IReadOnlyList<FitSegmentIntegrity> Segments, bool HeaderCrcOk)
{
    public int SegmentCount => Segments.Count;

    /// <summary>True when every segment's file CRC was checked and matched.</summary>
    public bool FileCrcOk => Segments.Count > 0 && Segments.All(s => s.FileCrcOk == true);

    /// <summary>Protocol version of the first segment as "major.minor", or null without a header.</summary>
    public string? ProtocolVersion => Segments.Count == 0 ? null : $"{Segments[0].ProtocolMajor}.{Segments[0].ProtocolMinor}";

    /// <summary>Profile version of the first segment ("21.17"), or null.</summary>
    public string? ProfileVersion => Segments.Count == 0 ? null : $"{Segments[0].ProfileMajor}.{Segments[0].ProfileMinor:00}";
}
