using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Performance;

public class PaceZonesTests
{
    private static readonly Pace FourThirty = new(270);

    // science.md §11.1: with CV 4:30/km the lower bounds (80, 87, 95, 105, 119 % of CV speed) are
    // 5:37.5, 5:10.3, 4:44.2, 4:17.1 and 3:46.9 /km (printed to 0.1 s).
    [Fact]
    public void FromThreshold_4_30_GivesPublishedBoundaries()
    {
        var zones = PaceZones.FromThreshold(FourThirty);

        double[] expected = [337.5, 310.3, 284.2, 257.1, 226.9];
        var actual = zones.Skip(1).Select(z => z.SlowestPace!.Value.SecondsPerKilometer).ToArray();
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i], 0.05);
    }

    [Fact]
    public void FromThreshold_Any_GivesSixNamedZonesOpenAtBothEnds()
    {
        var zones = PaceZones.FromThreshold(FourThirty);

        Assert.Equal(["z1", "z2", "z3", "z4", "z5", "z6"], zones.Select(z => z.Id));
        Assert.Equal(["Active Recovery", "Endurance", "Tempo", "Threshold", "VO2max", "Anaerobic"], zones.Select(z => z.Name));
        Assert.Null(zones[0].SlowestPace);
        Assert.Null(zones[^1].FastestPace);
    }

    [Fact]
    public void ToString_Miles_PrintsMinutesPerMile()
    {
        var zones = PaceZones.FromThreshold(FourThirty);

        // 257.14 s/km = 6:53.8/mi, 284.21 s/km = 7:37.4/mi.
        Assert.Equal("Z4 Threshold: 6:54/mi – 7:37/mi", zones[3].ToString(DistanceUnit.Miles));
        Assert.Equal("Z1 Active Recovery: slower than 5:38/km", zones[0].ToString(DistanceUnit.Kilometers));
        Assert.Equal("Z6 Anaerobic: faster than 3:47/km", zones[5].ToString());
    }

    [Fact]
    public void ZoneOf_ThresholdPace_IsZone4() =>
        Assert.Equal("z4", PaceZones.ZoneOf(PaceZones.FromThreshold(FourThirty), FourThirty).Id);

    [Fact]
    public void ZoneOf_ABoundary_BelongsToTheFasterZone()
    {
        // 5:37.5/km is exactly 80 % of threshold speed, the lower bound of zone 2.
        Assert.Equal("z2", PaceZones.ZoneOf(PaceZones.FromThreshold(FourThirty), new Pace(337.5)).Id);
    }

    [Fact]
    public void FromThreshold_ZeroPace_ThrowsNamingThresholdPace()
    {
        var error = Assert.Throws<ArgumentException>(() => PaceZones.FromThreshold(new Pace(0)));
        Assert.StartsWith("thresholdPace must be more than 0 s/km", error.Message);
    }
}
