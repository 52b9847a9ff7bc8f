using HybridCoach.Storage.Samples;
using Xunit;

namespace HybridCoach.Storage.Tests;

public sealed class SampleColumnCodecTests
{
    [Fact]
    public void DecodeTimestamps_IrregularAndBackwards_ExactRoundTrip()
    {
        long[] timestamps = [1_714_548_600_000, 1_714_548_601_000, 1_714_548_601_250, 1_714_548_600_900, 0, -5];

        Assert.Equal(timestamps, SampleColumnCodec.DecodeTimestamps(SampleColumnCodec.EncodeTimestamps(timestamps)));
    }

    [Fact]
    public void DecodeValues_PositionAtSevenDecimals_WithinHalfStep()
    {
        double[] latitudes = [51.50741234567, -33.8688197, double.NaN, 0, 89.9999999];

        var read = SampleColumnCodec.DecodeValues(SampleColumnCodec.EncodeValues(latitudes, 7));

        Assert.Equal(51.5074123, read[0]);
        Assert.Equal(-33.8688197, read[1]);
        Assert.True(double.IsNaN(read[2]));
        Assert.Equal(0, read[3]);
        Assert.Equal(89.9999999, read[4]);
    }

    [Fact]
    public void DecodeValues_ValueBeyondItsStep_FallsBackToExactDoubles()
    {
        double[] values = [1e300, double.PositiveInfinity, 3.14159, double.NaN];

        var read = SampleColumnCodec.DecodeValues(SampleColumnCodec.EncodeValues(values, 2));

        Assert.Equal(values, read);
    }

    [Fact]
    public void DecodeValues_EmptyColumn_Empty()
    {
        Assert.Empty(SampleColumnCodec.DecodeValues(SampleColumnCodec.EncodeValues([], 2)));
        Assert.Empty(SampleColumnCodec.DecodeTimestamps(SampleColumnCodec.EncodeTimestamps([])));
    }

    [Fact]
    public void DecodeValues_CorruptBlob_ThrowsInvalidData()
    {
        var blob = SampleColumnCodec.EncodeValues([1, 2, 3], 2);
        blob[^1] ^= 0xFF;
        blob[^2] ^= 0xFF;

        Assert.Throws<InvalidDataException>(() => SampleColumnCodec.DecodeValues(blob));
    }
}
