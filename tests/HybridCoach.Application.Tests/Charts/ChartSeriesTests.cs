using HybridCoach.Application.Activities;
using HybridCoach.Application.Manual;
using HybridCoach.Application.Metrics;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Application.Tests.Charts;

/// <summary>What the web app's charts are drawn from: thinned activity samples and a metrics report as columns.</summary>
public class ChartSeriesTests
{
    [Fact]
    public void ActivityCharts_LongRecording_AtMost2000Points_LastKept_PaceFromSpeed()
    {
        const int count = 10_001;
        var columns = new double[]?[SampleSeries.ChannelCount];
        columns[(int)SampleChannel.DistanceM] = [.. Enumerable.Range(0, count).Select(i => i * 3.0)];
        columns[(int)SampleChannel.SpeedMps] = [.. Enumerable.Range(0, count).Select(i => i < 100 ? 0.2 : 3.0)];
        columns[(int)SampleChannel.HeartRateBpm] = [.. Enumerable.Range(0, count).Select(_ => 150.0)];
        var samples = new SampleSeries([.. Enumerable.Range(0, count).Select(i => i * 1000L)], columns);
        var activity = ManualActivityFactory.Build(new ManualActivityEntry(new DateOnly(2026, 5, 1), Distance.FromKilometers(30), new Duration(count - 1))) with { Samples = samples };

        var series = ActivityCharts.From(activity);
        var miles = ActivityCharts.From(activity, DistanceUnit.Miles);

        // Every 6th sample (10,001 ÷ 1,999 rounded up), 1,667 of them, and the last.
        Assert.Equal(1668, series.Distance.Length);
        Assert.Equal(("km", 30.0), (series.Unit, series.Distance[^1]));
        Assert.Equal(10_000, series.ElapsedS[^1]);
        Assert.Null(series.PaceS[0]);
        Assert.Equal(333.3, series.PaceS[^1]);
        // In miles (1 mi = 1,609.344 m): 30 km = 18.6411 mi; 3 m/s = 536.4 s (8:56) per mile.
        Assert.Equal(("mi", 18.6411, 536.4), (miles.Unit, miles.Distance[^1], miles.PaceS[^1]));
        Assert.Equal(150, series.HeartRateBpm[^1]);
        Assert.All(series.AltitudeM, Assert.Null);
        Assert.Empty(series.Track);
    }

    [Fact]
    public void FitnessChartSeries_DaysAsUnixSecondsAtMidnight_ValuesRounded_BandsCarried()
    {
        var day = new DailyMetrics(new DateOnly(2026, 5, 20), 73.456, 1.234, null, null, 40.04, 55.55, -15.51, null, null, 32_150, 10_000, 2, 0);
        var report = new MetricsReport(day.Day, day.Day, day.Day, LoadMeasure.RunningStress, "rss", 1, 0, [day]);

        var series = FitnessChartSeries.From(report, 1.3, 1.5);

        Assert.Equal(1_779_235_200, series.DayUnixS[0]);
        Assert.Equal((40.0, 55.6, -15.5, 1.23, 73.5, 32.2), (series.ChronicLoad[0], series.AcuteLoad[0], series.Form[0], series.AcwrCoupled[0], series.Load[0], series.WeeklyKm[0]));
        Assert.Equal((0.8, 1.3, 1.5), (series.AcwrSweetSpotLow, series.AcwrCaution, series.AcwrHigh));
    }
}
