using HybridCoach.Formats.Fit.Messages;

namespace HybridCoach.Formats.Fit;

/// <summary>
/// Expands record field 8, compressed_speed_distance (FIT Profile components: 12 bits speed, scale 100,
/// m/s; then 12 bits distance, scale 16, m, accumulated), into speed (6) and distance (5) fields. The
/// 12-bit distance wraps every 4096/16 = 256 m, so differences are accumulated modulo 4096.
/// </summary>
internal struct CompressedSpeedDistance
{
    private const int CompressedFieldNumber = 8;
    private const byte SpeedFieldNumber = 6;
    private const byte DistanceFieldNumber = 5;
    private long _accumulatedSixteenthsM;
    private int _lastRaw;

    /// <summary>Decodes the three bytes; returns speed in 1/100 m/s and accumulated distance in 1/16 m.</summary>
    public (int SpeedCentiMps, long DistanceSixteenthsM) Next(byte b0, byte b1, byte b2)
    {
        var speed = b0 | ((b1 & 0x0F) << 8);
        var distanceRaw = (b1 >> 4) | (b2 << 4);
        _accumulatedSixteenthsM += (distanceRaw - _lastRaw) & 0xFFF;
        _lastRaw = distanceRaw;
        return (speed, _accumulatedSixteenthsM);
    }

    /// <summary>
    /// Adds speed and distance after the message's <paramref name="count"/> fields (unless it has them) from
    /// its first 3-byte compressed_speed_distance field; returns the new field count.
    /// </summary>
    public static int Expand(FitMessageStore store, Span<FitFieldSlot> slots, int count, bool scaled, ref CompressedSpeedDistance state)
    {
        for (var i = 0; i < count; i++)
        {
            if (slots[i].Number != CompressedFieldNumber || slots[i].Kind != FitSlotKind.Bytes || slots[i].Length != 3) continue;
            var raw = store.Bytes(slots[i].Bits, 3);
            var (speed, distance) = state.Next(raw[0], raw[1], raw[2]);
            if (!Has(slots[..count], SpeedFieldNumber)) slots[count++] = FitFieldSlot.Double(SpeedFieldNumber, scaled ? speed / 100.0 : speed);
            if (!Has(slots[..count], DistanceFieldNumber)) slots[count++] = FitFieldSlot.Double(DistanceFieldNumber, scaled ? distance / 16.0 : distance);
            break;
        }
        return count;
    }

    private static bool Has(ReadOnlySpan<FitFieldSlot> slots, byte number)
    {
        foreach (ref readonly var slot in slots)
        {
            if (slot.Number == number) return true;
        }
        return false;
    }
}
