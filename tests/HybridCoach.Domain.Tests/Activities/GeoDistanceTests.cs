using HybridCoach.Domain.Activities;
using Xunit;

namespace HybridCoach.Domain.Tests.Activities;

public class GeoDistanceTests
{
    // One degree of arc on a sphere of radius R is R·π/180 = 6,371,008.8 × 0.017453292520 = 111,195.08 m.
    [Fact]
    public void HaversineM_OneDegreeAlongAMeridian_IsOneDegreeOfArc() =>
        Assert.Equal(111_195.08, GeoDistance.HaversineM(45, 7, 46, 7), 2);

    [Fact]
    public void HaversineM_OneDegreeAlongTheEquator_IsOneDegreeOfArc() =>
        Assert.Equal(111_195.08, GeoDistance.HaversineM(0, 10, 0, 11), 2);

    // Along the 60th parallel a degree of longitude spans cos 60° as much arc, 55,597.54 m; the great circle
    // between the two points is a hair shorter: 2R·asin(cos 60°·sin 0.5°) = 55,597.01 m.
    [Fact]
    public void HaversineM_OneDegreeOfLongitudeAt60North_IsTheGreatCircleShortcut() =>
        Assert.Equal(55_597.01, GeoDistance.HaversineM(60, 0, 60, 1), 1);

    [Fact]
    public void HaversineM_SamePoint_IsZero() =>
        Assert.Equal(0, GeoDistance.HaversineM(51.5, -0.12, 51.5, -0.12));

    // Antipodes: half the circumference, π·R = 20,015,114.4 m.
    [Fact]
    public void HaversineM_Antipodes_IsHalfACircumference() =>
        Assert.Equal(20_015_114.4, GeoDistance.HaversineM(0, 0, 0, 180), 0);
}
