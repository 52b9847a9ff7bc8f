using HybridCoach.Domain.Activities;
using HybridCoach.Formats.Fit.Messages;
using HybridCoach.Formats.Fit.Profile;

namespace HybridCoach.Formats.Fit.Reading;

/// <summary>
/// Column-mode visitor: record messages go straight into sample columns through a per-definition
/// <see cref="RecordLayout"/> (16 slots, one per local message number); no allocation per record.
/// Summary messages (file_id, session, lap, ...) are rare and handed to <see cref="ActivitySummaryCollector"/>;
/// every other message (hrv, event, ...) costs one array lookup, decided once per definition.
/// </summary>
internal struct ActivityColumnVisitor : IFitVisitor
{
    private readonly RecordLayout?[] _layouts = new RecordLayout?[16];
    private readonly (int Index, FitMessageLayout Layout)?[] _summaryLayouts = new (int, FitMessageLayout)?[16];
    private readonly int _contentLength;
    private SampleSeriesBuilder? _samples;
    private CompressedSpeedDistance _speedDistance;
    private long _lastTimestamp = -1;

    public ActivityColumnVisitor(int contentLength)
    {
        _contentLength = contentLength;
        Summary = new ActivitySummaryCollector();
    }

    public SampleSeriesBuilder Samples => _samples ?? new SampleSeriesBuilder(16);

    /// <summary>Records dropped because neither they nor an earlier message gave a timestamp.</summary>
    public int UntimedRecords { get; private set; }
    public ActivitySummaryCollector Summary { get; }

    public readonly void OnSegment(int index, in FitHeader header)
    {
    }

    public void OnDefinition(int localNumber, FitMessageDefinition definition)
    {
        var isRecord = definition.GlobalNumber == FitMessageNumbers.Record;
        _layouts[localNumber] = isRecord ? RecordLayout.For(definition) : null;
        _summaryLayouts[localNumber] = !isRecord && ActivitySummaryCollector.Wants(definition.GlobalNumber)
            ? Summary.Prepare(definition)
            : null;
        // Sized once from the first record definition: at most one sample per record-sized slice of the file
        // (at most one per 8 bytes), so most files never regrow their columns.
        if (isRecord) _samples ??= new SampleSeriesBuilder(Math.Max(64, _contentLength / Math.Max(8, definition.DataSize + 1)));
    }

    public void OnMessage(int localNumber, FitMessageDefinition definition, ReadOnlySpan<byte> payload, long timestamp)
    {
        var layout = _layouts[localNumber];
        if (layout is not null) OnRecord(layout, payload, timestamp);
        else if (_summaryLayouts[localNumber] is { } summary) Summary.OnMessage(summary, payload, timestamp);
    }

    private void OnRecord(RecordLayout layout, ReadOnlySpan<byte> payload, long timestamp)
    {
        if (timestamp < 0) timestamp = _lastTimestamp;
        if (timestamp < 0)
        {
            UntimedRecords++;
            return;
        }
        _lastTimestamp = timestamp;
        var samples = _samples!;
        samples.Append(FitTime.ToUnixMilliseconds(timestamp));
        var cadence = double.NaN;
        var fraction = 0.0;
        foreach (ref readonly var slot in layout.Slots.AsSpan())
        {
            if (slot.Target == RecordTarget.CompressedSpeedDistance)
            {
                SetCompressedSpeedDistance(samples, payload.Slice(slot.Offset, 3));
                continue;
            }
            if (!slot.Format.TryReadNumber(payload[slot.Offset..], out var raw)) continue;
            var value = raw * slot.Factor - slot.ValueOffset;
            if (slot.Target == RecordTarget.Cadence) cadence = value;
            else if (slot.Target == RecordTarget.FractionalCadence) fraction = value;
            else samples.Set(slot.Channel, value);
        }
        if (!double.IsNaN(cadence)) samples.Set(SampleChannel.CadenceSpm, cadence + fraction);
    }

    private void SetCompressedSpeedDistance(SampleSeriesBuilder samples, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOfAnyExcept((byte)0xFF) < 0) return;
        var (speed, distance) = _speedDistance.Next(bytes[0], bytes[1], bytes[2]);
        samples.Set(SampleChannel.SpeedMps, speed / 100.0);
        samples.Set(SampleChannel.DistanceM, distance / 16.0);
    }
}
