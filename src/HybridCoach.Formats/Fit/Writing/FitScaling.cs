namespace HybridCoach.Formats.Fit.Writing;

/// <summary>
/// Physical values to stored integers: stored = round((value + offset) × scale), clamped below the
/// base type's invalid value, with scales and offsets from <see cref="FitEncodingValues"/> (FIT profile).
/// </summary>
public static class FitScaling
{
    public static uint Distance(double metres) => ToUInt32(metres * FitEncodingValues.DistanceScale);

    public static uint Speed(double metresPerSecond) => ToUInt32(metresPerSecond * FitEncodingValues.SpeedScale);

    public static ushort Speed16(double metresPerSecond) => ToUInt16(metresPerSecond * FitEncodingValues.SpeedScale);

    public static uint Time(double seconds) => ToUInt32(seconds * FitEncodingValues.TimeScale);

    public static uint Altitude(double metres) =>
        ToUInt32((metres + FitEncodingValues.AltitudeOffsetM) * FitEncodingValues.AltitudeScale);

    public static ushort Metres16(double metres) => ToUInt16(metres);

    /// <summary>Cadence as the whole rpm (cadence field) and the 1/128 rpm remainder (fractional_cadence).</summary>
    public static (byte Whole, byte Fraction) Cadence(double rpm)
    {
        var in128ths = (long)Math.Round(Math.Clamp(rpm, 0, 254) * FitEncodingValues.FractionalCadenceScale);
        return ((byte)(in128ths / 128), (byte)(in128ths % 128));
    }

    private static uint ToUInt32(double scaled) => (uint)Math.Clamp(Math.Round(scaled), 0, uint.MaxValue - 1);

    private static ushort ToUInt16(double scaled) => (ushort)Math.Clamp(Math.Round(scaled), 0, ushort.MaxValue - 1);
}
