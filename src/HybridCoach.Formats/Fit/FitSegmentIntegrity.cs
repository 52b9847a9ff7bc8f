namespace HybridCoach.Formats.Fit;

/// <summary>
/// What the integrity checks found for one FIT segment (a chained file has several): header facts and
/// the file CRC over header + data (FIT Protocol, "CRC"). <see cref="FileCrcOk"/> is null when the
/// segment ended before its CRC could be checked.
/// </summary>
public sealed record FitSegmentIntegrity(
    int Offset,
    int HeaderSize,
    int ProtocolVersion,
    int ProfileVersion,
    long DataSize,
    bool HeaderCrcChecked,
    bool? FileCrcOk,
    ushort? StoredFileCrc,
    ushort? ComputedFileCrc)
{
    public int ProtocolMajor => ProtocolVersion >> 4;
    public int ProtocolMinor => ProtocolVersion & 0x0F;
    public int ProfileMajor => ProfileVersion / 100;
    public int ProfileMinor => ProfileVersion % 100;
}
