namespace HybridCoach.Domain.Activities;

/// <summary>
/// An activity's samples stored by column: one timestamp array and one array per channel that was
/// recorded. A missing value inside a present channel is NaN. Immutable once built.
/// </summary>
public sealed class SampleSeries
{
    public static readonly int ChannelCount = Enum.GetValues<SampleChannel>().Length;

    private readonly long[] _timestampsMs;
    private readonly double[]?[] _columns;

    public SampleSeries(long[] timestampsMs, double[]?[] columns)
    {
        ArgumentNullException.ThrowIfNull(timestampsMs);
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Length != ChannelCount)
            throw new ArgumentException($"expected {ChannelCount} columns, got {columns.Length}", nameof(columns));
        foreach (var column in columns)
        {
            if (column is not null && column.Length != timestampsMs.Length)
                throw new ArgumentException("every column must have one value per timestamp", nameof(columns));
        }
        _timestampsMs = timestampsMs;
        _columns = columns;
    }

    public static SampleSeries Empty { get; } = new([], new double[]?[ChannelCount]);

    public int Count => _timestampsMs.Length;

    /// <summary>Sample times as Unix milliseconds (UTC).</summary>
    public ReadOnlySpan<long> TimestampsMs => _timestampsMs;

    public bool Has(SampleChannel channel) => _columns[(int)channel] is not null;

    /// <summary>The column's values; empty when the channel was not recorded.</summary>
    public ReadOnlySpan<double> Column(SampleChannel channel) => _columns[(int)channel] ?? [];

    public IEnumerable<SampleChannel> Channels =>
        Enum.GetValues<SampleChannel>().Where(Has);
}
