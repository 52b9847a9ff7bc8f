using HybridCoach.Domain.Load;
using Xunit;

namespace HybridCoach.Domain.Tests.Load;

/// <summary>Seiler's three bands over Skiba's six pace zones and Friel's seven HR zones.</summary>
public class IntensityBandsTests
{
    [Fact]
    public void Of_PaceZones_Zones1To2EasyZone3ModerateZones4To6Hard()
    {
        var bands = IntensityTestData.PaceZones.Select(IntensityBands.Of).ToArray();
        Assert.Equal([IntensityBand.Easy, IntensityBand.Easy, IntensityBand.Moderate, IntensityBand.Hard, IntensityBand.Hard, IntensityBand.Hard], bands);
    }

    [Fact]
    public void Of_HeartRateZones_Zones1To2EasyZones3To4ModerateZones5Hard()
    {
        var bands = IntensityTestData.HeartRateZones.Select(IntensityBands.Of).ToArray();
        Assert.Equal([IntensityBand.Easy, IntensityBand.Easy, IntensityBand.Moderate, IntensityBand.Moderate,
            IntensityBand.Hard, IntensityBand.Hard, IntensityBand.Hard], bands);
    }
}
