using HybridCoach.Domain.Activities;

namespace HybridCoach.Formats.Fit.Reading;

/// <summary>
/// The record (global 20) fields of one definition that map to sample columns, computed once per definition
/// with the FIT Profile's scale/offset: position semicircles * 180 / 2^31 -> degrees; altitude /5 - 500 m;
/// distance /100 m; speed /1000 m/s; fractional_cadence /128; vertical_oscillation /10 mm; stance_time /10 ms.
/// enhanced_speed/enhanced_altitude win over speed/altitude when a definition has both.
/// </summary>
internal sealed class RecordLayout
{
    private const double DegreesPerSemicircle = 180.0 / 2147483648.0;

    private RecordLayout(RecordSlot[] slots) => Slots = slots;

    public RecordSlot[] Slots { get; }

    public static RecordLayout For(FitMessageDefinition definition)
    {
        var hasEnhancedSpeed = false;
        var hasEnhancedAltitude = false;
        foreach (var f in definition.Fields)
        {
            hasEnhancedSpeed |= f.Number == 73 && f.ElementCount == 1;
            hasEnhancedAltitude |= f.Number == 78 && f.ElementCount == 1;
        }
        var be = definition.IsBigEndian;
        var slots = new List<RecordSlot>(definition.Fields.Length);
        foreach (var f in definition.Fields)
        {
            if (f.BaseType == FitBaseType.Byte && f.Number == 8 && f.Size == 3)
            {
                slots.Add(new RecordSlot(f.Offset, default, RecordTarget.CompressedSpeedDistance, SampleChannel.SpeedMps, 1, 0));
                continue;
            }
            if (f.BaseType is FitBaseType.String or FitBaseType.Byte) continue;
            RecordSlot? slot = f.Number switch
            {
                0 => Slot(f, be, RecordTarget.Latitude, 1 / DegreesPerSemicircle),
                1 => Slot(f, be, RecordTarget.Longitude, 1 / DegreesPerSemicircle),
                2 when !hasEnhancedAltitude => Slot(f, be, RecordTarget.Altitude, 5, 500),
                78 => Slot(f, be, RecordTarget.Altitude, 5, 500),
                3 => Slot(f, be, RecordTarget.HeartRate),
                4 => Slot(f, be, RecordTarget.Cadence),
                53 => Slot(f, be, RecordTarget.FractionalCadence, 128),
                5 => Slot(f, be, RecordTarget.Distance, 100),
                6 when !hasEnhancedSpeed => Slot(f, be, RecordTarget.Speed, 1000),
                73 => Slot(f, be, RecordTarget.Speed, 1000),
                7 => Slot(f, be, RecordTarget.Power),
                13 => Slot(f, be, RecordTarget.Temperature),
                39 => Slot(f, be, RecordTarget.VerticalOscillation, 10),
                41 => Slot(f, be, RecordTarget.StanceTime, 10),
                _ => null,
            };
            if (slot is not null) slots.Add(slot.Value);
        }
        return new RecordLayout([.. slots]);
    }

    private static SampleChannel Channel(RecordTarget target) => target switch
    {
        RecordTarget.Latitude => SampleChannel.LatitudeDeg,
        RecordTarget.Longitude => SampleChannel.LongitudeDeg,
        RecordTarget.Altitude => SampleChannel.AltitudeM,
        RecordTarget.HeartRate => SampleChannel.HeartRateBpm,
        RecordTarget.Distance => SampleChannel.DistanceM,
        RecordTarget.Speed => SampleChannel.SpeedMps,
        RecordTarget.Power => SampleChannel.PowerW,
        RecordTarget.Temperature => SampleChannel.TemperatureC,
        RecordTarget.VerticalOscillation => SampleChannel.VerticalOscillationMm,
        RecordTarget.StanceTime => SampleChannel.GroundContactTimeMs,
        _ => SampleChannel.CadenceSpm,
    };

    private static RecordSlot Slot(FitFieldDefinition f, bool bigEndian, RecordTarget target, double scale = 1, double offset = 0) =>
        new(f.Offset, FitElementFormat.For(f.BaseType, bigEndian), target, Channel(target), 1 / scale, offset);
}
