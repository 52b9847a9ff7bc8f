using HybridCoach.Domain.Activities;
using HybridCoach.Storage.Sqlite;
using Xunit;
using Xunit.Abstractions;

namespace HybridCoach.Storage.Tests;

public sealed class SqliteActivityStoreRoundTripTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task GetAsync_FullActivity_SummaryComesBackExactly()
    {
        var original = TestActivities.FullHour();
        using var store = SqliteActivityStore.Open(_db.Path);
        var id = await store.AddAsync(original);

        var read = (await store.GetAsync(id))!;

        Assert.Equal(id, read.Id);
        // Start time keeps its instant and its -05:00 offset (stored to the millisecond).
        Assert.Equal(original.Summary.StartTime, read.Summary.StartTime);
        Assert.Equal(TimeSpan.FromHours(-5), read.Summary.StartTime.Offset);
        Assert.Equal(original.Summary, read.Summary);
        Assert.Equal(original.Source, read.Source);
    }

    [Fact]
    public async Task GetAsync_FullActivity_LapsSplitsAndBestEffortsComeBackExactly()
    {
        var original = TestActivities.FullHour();
        using var store = SqliteActivityStore.Open(_db.Path);
        var id = await store.AddAsync(original);

        var read = (await store.GetAsync(id))!;

        Assert.Equal(original.Laps, read.Laps);
        Assert.Equal(original.KilometerSplits, read.KilometerSplits);
        Assert.Equal(original.MileSplits, read.MileSplits);
        Assert.Equal(12, read.KilometerSplits.Count);
        Assert.Equal(8, read.MileSplits.Count);
        Assert.Equal(original.BestEfforts, read.BestEfforts);
    }

    [Fact]
    public async Task GetAsync_FullActivity_EverySampleChannelWithinStatedPrecision()
    {
        var original = TestActivities.FullHour();
        using var store = SqliteActivityStore.Open(_db.Path);
        var id = await store.AddAsync(original);

        var samples = (await store.GetAsync(id))!.Samples;

        Assert.Equal(3600, samples.Count);
        Assert.Equal(original.Samples.TimestampsMs.ToArray(), samples.TimestampsMs.ToArray());
        Assert.Equal(original.Samples.Channels, samples.Channels);
        // Half a step of each channel's stored decimals (see SampleColumnLayout), plus float rounding.
        AssertWithin(original, samples, SampleChannel.LatitudeDeg, 0.5e-7);
        AssertWithin(original, samples, SampleChannel.LongitudeDeg, 0.5e-7);
        AssertWithin(original, samples, SampleChannel.DistanceM, 0.005);
        AssertWithin(original, samples, SampleChannel.AltitudeM, 0.005);
        AssertWithin(original, samples, SampleChannel.SpeedMps, 0.0005);
        AssertWithin(original, samples, SampleChannel.CadenceSpm, 0.005);
        AssertWithin(original, samples, SampleChannel.PowerW, 0.05);
        AssertWithin(original, samples, SampleChannel.TemperatureC, 0.005);
        AssertWithin(original, samples, SampleChannel.VerticalOscillationMm, 0.05);
        AssertWithin(original, samples, SampleChannel.GroundContactTimeMs, 0.05);
        // Whole-bpm heart rates come back exactly, gaps included.
        Assert.Equal(original.Samples.Column(SampleChannel.HeartRateBpm).ToArray(), samples.Column(SampleChannel.HeartRateBpm).ToArray());
    }

    [Fact]
    public async Task GetAsync_GapsInChannels_StayNaNAtTheSameIndices()
    {
        using var store = SqliteActivityStore.Open(_db.Path);
        var id = await store.AddAsync(TestActivities.FullHour());

        var samples = (await store.GetAsync(id))!.Samples;

        var latitude = samples.Column(SampleChannel.LatitudeDeg);
        Assert.Equal(61, CountNaN(latitude)); // the GPS dropout from 600 s to 660 s inclusive
        Assert.True(double.IsNaN(latitude[600]) && double.IsNaN(latitude[660]));
        Assert.False(double.IsNaN(latitude[599]));
        Assert.InRange(latitude[661], 40.7127753 + 661 * 0.0000123456789 - 0.5e-5, 40.7127753 + 661 * 0.0000123456789 + 0.5e-5);
        var heartRate = samples.Column(SampleChannel.HeartRateBpm);
        Assert.Equal(7, CountNaN(heartRate)); // i % 500 == 499 for i < 3600
        Assert.True(double.IsNaN(heartRate[499]));
        Assert.Equal(120 + 500 % 55, heartRate[500]);
    }

    [Fact]
    public async Task GetAsync_UnknownId_ReturnsNull()
    {
        using var store = SqliteActivityStore.Open(_db.Path);

        Assert.Null(await store.GetAsync(42));
    }

    [Fact]
    public async Task AddAsync_OneHourOneSecondActivity_ReportsItsStorageSize()
    {
        using (var store = SqliteActivityStore.Open(_db.Path))
        {
            await store.AddAsync(TestActivities.FullHour());
        }
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_db.Path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sample_count, length(timestamps_ms) + " + string.Join(" + ",
            Enum.GetValues<SampleChannel>().Select(c => $"COALESCE(length({Samples.SampleColumnLayout.ColumnName(c)}), 0)")) +
            " FROM samples;";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        var bytes = reader.GetInt64(1);
        // 3600 samples x 12 columns as doubles would be 345,600 bytes; informational, bounded loosely.
        output.WriteLine($"1 h at 1 s, 11 channels + timestamps: {bytes:N0} bytes of sample blobs ({bytes / 3600.0:0.0} bytes per sample)");
        Assert.Equal(3600, reader.GetInt64(0));
        Assert.InRange(bytes, 1, 3600 * 12 * 8 / 4);
    }

    private static void AssertWithin(Activity original, SampleSeries read, SampleChannel channel, double tolerance)
    {
        var expected = original.Samples.Column(channel);
        var actual = read.Column(channel);
        Assert.Equal(expected.Length, actual.Length);
        var worst = 0.0;
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(double.IsNaN(expected[i]), double.IsNaN(actual[i]));
            if (!double.IsNaN(expected[i])) worst = Math.Max(worst, Math.Abs(expected[i] - actual[i]));
        }
        Assert.True(worst <= tolerance * 1.000001, $"{channel}: worst error {worst} exceeds {tolerance}");
    }

    private static int CountNaN(ReadOnlySpan<double> values)
    {
        var n = 0;
        foreach (var v in values) if (double.IsNaN(v)) n++;
        return n;
    }
}
