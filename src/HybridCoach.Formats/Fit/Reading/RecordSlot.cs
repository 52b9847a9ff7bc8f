using HybridCoach.Domain.Activities;

namespace HybridCoach.Formats.Fit.Reading;

/// <summary>What a record field becomes in the sample columns.</summary>
internal enum RecordTarget : byte
{
    Latitude,
    Longitude,
    Altitude,
    HeartRate,
    Cadence,
    FractionalCadence,
    Distance,
    Speed,
    Power,
    Temperature,
    VerticalOscillation,
    StanceTime,
    CompressedSpeedDistance,
}

/// <summary>
/// One record field's precomputed place in the payload and its column: value = raw * Factor - ValueOffset;
/// <see cref="Format"/> says how to read the (first) element.
/// </summary>
internal readonly record struct RecordSlot(int Offset, FitElementFormat Format, RecordTarget Target, SampleChannel Channel,
    double Factor, double ValueOffset);
