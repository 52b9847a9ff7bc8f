using HybridCoach.Domain.Load;
using Xunit;

namespace HybridCoach.Domain.Tests.Load;

/// <summary>science.md §6, worked series from 0 with 100 every day.</summary>
public class FitnessFatigueTests
{
    private static readonly double[] Daily100 = Enumerable.Repeat(100.0, 42).ToArray();

    [Fact]
    public void Compute_ExponentialForm_Gives63Point2121AfterOneTimeConstant()
    {
        var series = FitnessFatigue.Compute(Daily100);
        Assert.Equal(63.2121, series.Chronic[41], 4);
        Assert.Equal(63.2121, series.Acute[6], 4);
    }

    [Fact]
    public void Compute_ExponentialFormSingleDay_Gives2Point35And13Point31()
    {
        var series = FitnessFatigue.Compute([100]);
        Assert.Equal(2.35283, series.Chronic[0], 5);
        Assert.Equal(13.31221, series.Acute[0], 5);
    }

    [Fact]
    public void Compute_ReciprocalForm_Gives63Point65And66Point01()
    {
        var settings = SeriesSettings.Default with { FitnessFatigueForm = EwmaForm.Reciprocal };
        var series = FitnessFatigue.Compute(Daily100, settings);
        Assert.Equal(63.6544, series.Chronic[41], 4);
        Assert.Equal(66.0083, series.Acute[6], 4);
        Assert.Equal(2.38095, series.Chronic[0], 5);
        Assert.Equal(14.28571, series.Acute[0], 5);
    }

    // TrainingPeaks: form = yesterday's fitness − yesterday's fatigue.
    [Fact]
    public void Compute_FormDefault_IsYesterdaysChronicMinusAcute()
    {
        var series = FitnessFatigue.Compute([100, 0]);
        Assert.Equal(0, series.Form[0], 12);
        Assert.Equal(2.35283 - 13.31221, series.Form[1], 5);
    }

    [Fact]
    public void Compute_FormFromToday_IsTodaysChronicMinusAcute()
    {
        var series = FitnessFatigue.Compute([100], SeriesSettings.Default with { FormFromToday = true });
        Assert.Equal(2.35283 - 13.31221, series.Form[0], 5);
    }

    // intervals.icu (science.md §6): the gains are 0.023528 and 0.133122.
    [Fact]
    public void Gain_ExponentialForm_MatchesIntervalsIcu()
    {
        Assert.Equal(0.023528, FitnessFatigue.Gain(42, EwmaForm.Exponential), 6);
        Assert.Equal(0.133122, FitnessFatigue.Gain(7, EwmaForm.Exponential), 6);
    }
}
