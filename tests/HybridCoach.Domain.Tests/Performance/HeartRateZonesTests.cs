using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Performance;

public class HeartRateZonesTests
{
    // Friel run zones (science.md §11.3) for LTHR 160: 85 % = 136, 90 % = 144, 95 % = 152, 100 % = 160,
    // 103 % = 164.8, 106 % = 169.6 bpm.
    [Fact]
    public void FromLactateThreshold_160_GivesFrielRunBoundaries()
    {
        var zones = HeartRateZones.FromLactateThreshold(new HeartRate(160));

        Assert.Equal(["1", "2", "3", "4", "5a", "5b", "5c"], zones.Select(z => z.Id));
        double[] expected = [136, 144, 152, 160, 164.8, 169.6];
        var lowers = zones.Skip(1).Select(z => z.Lower!.Value.BeatsPerMinute).ToArray();
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], lowers[i], 1e-9);
        Assert.Null(zones[0].Lower);
        Assert.Null(zones[^1].Upper);
    }

    [Fact]
    public void FromLactateThreshold_160_UsesTheRunNotTheBikeColumn() =>
        // Bike zone 2 starts at 81 %; run zone 2 at 85 % (science.md §11.3).
        Assert.Equal("Z1 Recovery: below 136 bpm", HeartRateZones.FromLactateThreshold(new HeartRate(160))[0].ToString());

    [Theory]
    [InlineData(135.9, "1")]
    [InlineData(136, "2")]
    [InlineData(160, "5a")]
    [InlineData(170, "5c")]
    public void ZoneOf_HeartRate_FindsFrielZone(double bpm, string zone) =>
        Assert.Equal(zone, HeartRateZones.ZoneOf(HeartRateZones.FromLactateThreshold(new HeartRate(160)), new HeartRate(bpm)).Id);

    [Fact]
    public void FromLactateThreshold_Zero_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => HeartRateZones.FromLactateThreshold(new HeartRate(0)));
        Assert.StartsWith("lactateThresholdHeartRate must be", error.Message);
    }
}
