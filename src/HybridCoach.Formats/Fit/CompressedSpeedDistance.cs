namespace HybridCoach.Formats.Fit;

/// <summary>
/// Expands record field 8, compressed_speed_distance (FIT Profile components: 12 bits speed, scale 100,
/// m/s; then 12 bits distance, scale 16, m, accumulated), into speed (6) and distance (5) fields. The
/// 12-bit distance wraps every 4096/16 = 256 m, so differences are accumulated modulo 4096.
/// </summary>
internal struct CompressedSpeedDistance
{
    private const int CompressedFieldNumber = 8;
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

    public void Expand(List<FitField> fields, bool scaled)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Number != CompressedFieldNumber || fields[i].Value is not byte[] { Length: 3 } raw) continue;
            var (speed, distance) = Next(raw[0], raw[1], raw[2]);
            AddIfMissing(fields, 6, "speed", scaled ? speed / 100.0 : speed, "m/s");
            AddIfMissing(fields, 5, "distance", scaled ? distance / 16.0 : distance, "m");
            return;
        }
    }

    private static void AddIfMissing(List<FitField> fields, int number, string name, object value, string units)
    {
        foreach (var field in fields)
        {
            if (field.Number == number) return;
        }
        fields.Add(new FitField(number, name, value, units));
    }
}
