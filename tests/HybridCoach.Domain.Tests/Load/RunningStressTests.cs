using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Load;

public class RunningStressTests
{
    // me-create.com (science.md §6): threshold 4:30/km, NGP 5:00/km, 30 min → IF 0.9, rTSS 40.5.
    [Fact]
    public void Compute_MeCreateWorkedExample_Gives40Point5()
    {
        var stress = RunningStress.Compute(Duration.FromMinutes(30), new Pace(300).ToSpeed(), new Pace(270).ToSpeed());
        Assert.Equal(40.5, stress, 9);
    }

    // forum.slowtwitch.com (science.md §6): threshold 15 mph, NGP 10 mph, 1 h → ≈ 44.
    [Fact]
    public void Compute_SlowtwitchExample_GivesAbout44()
    {
        var mph = Distance.MetersPerMile / 3600;
        var stress = RunningStress.Compute(Duration.FromHours(1), new Speed(10 * mph), new Speed(15 * mph));
        Assert.Equal(44, Math.Round(stress));
    }

    [Fact]
    public void Compute_FlatRunAtFiveMinutesVsThresholdFourThirty_Gives40Point5()
    {
        var samples = LoadTestData.Samples(1800, _ => 1000.0 / 300, altitudeAtDistance: _ => 50);
        var profile = LoadProfile.Empty with { ThresholdPace = new Pace(270) };
        var value = RunningStress.Compute(LoadTestData.Activity(LoadTestData.Summary(timerS: 1800), samples), profile)!;
        Assert.Equal(40.5, value.Value, 3);
        Assert.Equal("running_stress", value.FormulaId);
        Assert.StartsWith("normalised graded pace 5:00/km over 30:00 vs threshold 4:30/km", value.Derivation);
    }

    [Fact]
    public void Compute_NoSamples_UsesAverageSpeedOverTimerTime()
    {
        var profile = LoadProfile.Empty with { ThresholdPace = new Pace(270) };
        var value = RunningStress.Compute(LoadTestData.Activity(LoadTestData.Summary(timerS: 1800, distanceM: 6000)), profile)!;
        Assert.Equal(40.5, value.Value, 9);
    }

    [Fact]
    public void Compute_Cycling_IsNull()
    {
        var profile = LoadProfile.Empty with { ThresholdPace = new Pace(270) };
        Assert.Null(RunningStress.Compute(LoadTestData.Activity(LoadTestData.Summary(Sport.Cycling)), profile));
    }

    [Fact]
    public void Compute_ZeroThreshold_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RunningStress.Compute(Duration.FromHours(1), new Speed(3), new Speed(0)));
        Assert.Equal("thresholdSpeed", error.ParamName);
    }
}
