using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests;

public class DistanceTests
{
    [Fact]
    public void Miles_OfOneInternationalMile_Is1609_344Meters() =>
        Assert.Equal(1609.344, Distance.FromMiles(1).Meters, 9);

    [Fact]
    public void Pace_FromSpeedOf4MetersPerSecond_Is4Min10PerKm() =>
        Assert.Equal("4:10/km", new Speed(4).ToPace()!.Value.ToString());
}
