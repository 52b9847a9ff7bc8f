namespace HybridCoach.Domain.Activities;

/// <summary>
/// Appends samples column by column with amortised growth, so a decoder's hot loop does not allocate
/// per sample. Call <see cref="Append"/> to start a sample, then <see cref="Set"/> for each value it has.
/// </summary>
public sealed class SampleSeriesBuilder
{
    private long[] _timestampsMs;
    private readonly double[]?[] _columns = new double[]?[SampleSeries.ChannelCount];
    private int _count;

    public SampleSeriesBuilder(int initialCapacity = 1024)
    {
        _timestampsMs = new long[Math.Max(16, initialCapacity)];
    }

    public int Count => _count;

    /// <summary>The timestamp of the last appended sample, or null when there is none.</summary>
    public long? LastTimestampMs => _count > 0 ? _timestampsMs[_count - 1] : null;

    public void Append(long timestampMs)
    {
        if (_count == _timestampsMs.Length) Grow();
        _timestampsMs[_count] = timestampMs;
        _count++;
    }

    /// <summary>Sets a value on the sample appended last. NaN leaves it missing.</summary>
    public void Set(SampleChannel channel, double value)
    {
        if (_count == 0) throw new InvalidOperationException("Append a sample before setting its values.");
        var column = _columns[(int)channel] ??= CreateColumn();
        column[_count - 1] = value;
    }

    /// <summary>
    /// Sets a value on an already appended sample, for corrections only known after the whole file is read
    /// (e.g. running cadence doubled once the sessions' sports are known), without copying the columns.
    /// </summary>
    public void SetAt(int index, SampleChannel channel, double value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _count);
        var column = _columns[(int)channel] ??= CreateColumn();
        column[index] = value;
    }

    /// <summary>The value of an appended sample; NaN when missing or when the channel was never set.</summary>
    public double GetAt(int index, SampleChannel channel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _count);
        return _columns[(int)channel] is { } column ? column[index] : double.NaN;
    }

    /// <summary>The timestamp of an appended sample.</summary>
    public long TimestampMsAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _count);
        return _timestampsMs[index];
    }

    public SampleSeries Build()
    {
        var timestamps = _timestampsMs[.._count];
        var columns = new double[]?[SampleSeries.ChannelCount];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = _columns[i]?[.._count];
        }
        return new SampleSeries(timestamps, columns);
    }

    private double[] CreateColumn()
    {
        var column = new double[_timestampsMs.Length];
        Array.Fill(column, double.NaN);
        return column;
    }

    private void Grow()
    {
        var capacity = _timestampsMs.Length * 2;
        Array.Resize(ref _timestampsMs, capacity);
        for (var i = 0; i < _columns.Length; i++)
        {
            if (_columns[i] is null) continue;
            var old = _columns[i]!;
            var grown = new double[capacity];
            Array.Fill(grown, double.NaN, old.Length, capacity - old.Length);
            old.CopyTo(grown, 0);
            _columns[i] = grown;
        }
    }
}
