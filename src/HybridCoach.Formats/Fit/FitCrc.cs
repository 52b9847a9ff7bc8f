namespace HybridCoach.Formats.Fit;

/// <summary>
/// The FIT protocol's 16-bit CRC (FIT Protocol document, "CRC" section): a nibble-wise table CRC
/// (polynomial 0xA001, reflected CRC-16/ARC) over the header's first 12 bytes and over header + data.
/// </summary>
public static class FitCrc
{
    private static readonly ushort[] NibbleTable =
    [
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
        0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
    ];

    public static ushort Compute(ReadOnlySpan<byte> data, ushort crc = 0)
    {
        foreach (var b in data)
        {
            crc = Step(crc, b);
        }
        return crc;
    }

    private static ushort Step(ushort crc, byte b)
    {
        var tmp = NibbleTable[crc & 0xF];
        crc = (ushort)((crc >> 4) & 0x0FFF);
        crc = (ushort)(crc ^ tmp ^ NibbleTable[b & 0xF]);
        tmp = NibbleTable[crc & 0xF];
        crc = (ushort)((crc >> 4) & 0x0FFF);
        return (ushort)(crc ^ tmp ^ NibbleTable[(b >> 4) & 0xF]);
    }
}
