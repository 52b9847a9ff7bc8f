namespace HybridCoach.Formats.Fit;

/// <summary>
/// Receives what <see cref="FitScanner"/> finds. Implemented by structs so the JIT specialises the scan
/// loop for each visitor and the per-message calls are direct (no interface dispatch, no allocation).
/// </summary>
internal interface IFitVisitor
{
    /// <summary>A (possibly chained) FIT segment starts; local message definitions do not carry over.</summary>
    void OnSegment(int index, in FitHeader header);

    void OnDefinition(int localNumber, FitMessageDefinition definition);

    /// <summary>
    /// One data message. <paramref name="timestamp"/> is its own FIT timestamp (field 253, or the one a
    /// compressed-timestamp header implies), or -1 when it carries none.
    /// </summary>
    void OnMessage(int localNumber, FitMessageDefinition definition, ReadOnlySpan<byte> payload, long timestamp);
}
