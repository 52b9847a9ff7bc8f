using HybridCoach.Domain.Activities;
using HybridCoach.Formats.Fit.Profile;

namespace HybridCoach.Formats.Fit.Reading;

/// <summary>
/// Column-mode visitor: record messages go straight into sample columns through a per-definition
/// <see cref="RecordLayout"/> (16 slots, one per local message number); no allocation per record.
/// Summary messages (file_id, session, lap, ...) are rare and handed to <see cref="ActivitySummaryCollector"/>.
/// </summary>
internal struct ActivityColumnVisitor : IFitVisitor
{
    private readonly RecordLayout?[] _layouts = new RecordLayout?[16];
    private CompressedSpeedDistance _speedDistance;
    private long _lastTimestamp = -1;

    public ActivityColumnVisitor(int contentLength)
    {
        // Records are typically 25-60 bytes; a rough capacity avoids most regrowth without over-allocating columns.
        Samples = new SampleSeriesBuilder(Math.Clamp(contentLength / 48, 64, 1 << 18));
        Summary = new ActivitySummaryCollector();
    }

    public SampleSeriesBuilder Samples { get; }

    /// <summary>Records dropped because neither they nor an earlier message gave a timestamp.</summary>
    public int UntimedRecords { get; private set; }
    public ActivitySummaryCollector Summary { get; }

    public readonly void OnSegment(int index, in FitHeader header)
    {
    }

    public readonly void OnDefinition(int localNumber, FitMessageDefinition definition) =>
        _layouts[localNumber] = definition.GlobalNumber == FitMessageNumbers.Record ? RecordLayout.For(definition) : null;

    public void OnMessage(int localNumber, FitMessageDefinition definition, ReadOnlySpan<byte> payload, long timestamp)
    {
        var layout = _layouts[localNumber];
        if (layout is not null && definition.GlobalNumber == FitMessageNumbers.Record)
        {
            OnRecord(layout, definition.IsBigEndian, payload, timestamp);
            return;
        }
        Summary.OnMessage(definition, payload, timestamp);
    }

    private void OnRecord(RecordLayout layout, bool bigEndian, ReadOnlySpan<byte> payload, long timestamp)
    {
        if (timestamp < 0) timestamp = _lastTimestamp;
        if (timestamp < 0)
        {
            UntimedRecords++;
            return;
        }
        _lastTimestamp = timestamp;
        Samples.Append(FitTime.ToUnixMilliseconds(timestamp));
        var cadence = double.NaN;
        var fraction = 0.0;
        foreach (ref readonly var slot in layout.Slots.AsSpan())
        {
            if (slot.Target == RecordTarget.CompressedSpeedDistance)
            {
                SetCompressedSpeedDistance(payload.Slice(slot.Offset, 3));
                continue;
            }
            if (!FitBaseTypes.TryReadNumber(payload[slot.Offset..], slot.BaseType, bigEndian, out var raw)) continue;
            var value = raw * slot.Factor - slot.ValueOffset;
            if (slot.Target == RecordTarget.Cadence) cadence = value;
            else if (slot.Target == RecordTarget.FractionalCadence) fraction = value;
            else Samples.Set(slot.Channel, value);
        }
        if (!double.IsNaN(cadence)) Samples.Set(SampleChannel.CadenceSpm, cadence + fraction);
    }

    private void SetCompressedSpeedDistance(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOfAnyExcept((byte)0xFF) < 0) return;
        var (speed, distance) = _speedDistance.Next(bytes[0], bytes[1], bytes[2]);
        Samples.Set(SampleChannel.SpeedMps, speed / 100.0);
        Samples.Set(SampleChannel.DistanceM, distance / 16.0);
    }
}
