using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Activities;

/// <summary>
/// Issue 15 item 1: values are range-checked before anything is derived from them, and the refusal names the field —
/// the hostile TCX files of the issue (negative totals, a cumulative distance jumping to 1e10 m, −1e308 m) are refused
/// before ten million splits are made.
/// </summary>
public class RecordingPlausibilityTests
{
    private static readonly ActivitySource Source = new("hostile.tcx", "tcx", "00");

    private static RecordedSession Session(double? timerS = 600, double? distanceM = 2000, double? calories = null, DateTimeOffset? start = null) =>
        new(Sport.Running, null, start ?? TestSeries.Start, timerS is { } t ? new Duration(t) : null, null,
            distanceM is { } d ? new Distance(d) : null, null, null, null, null, null, null, null, calories);

    private static SampleSeries TwoSamples(double lastDistanceM, long spanMs = 600_000)
    {
        var startMs = TestSeries.Start.ToUnixTimeMilliseconds();
        var columns = new double[]?[SampleSeries.ChannelCount];
        columns[(int)SampleChannel.DistanceM] = [0, lastDistanceM];
        return new SampleSeries([startMs, startMs + spanMs], columns);
    }

    [Fact]
    public void Problem_ARealRun_None() =>
        Assert.Null(RecordingPlausibility.Problem(new ActivityRecording([Session()], [], TestSeries.FromSpeeds(TestSeries.Constant(3.5, 600)))));

    [Theory]
    [InlineData(-3600, 2000, null, "session 1 timer time -3600 s: outside 0–14 days")]
    [InlineData(600, -10000, null, "session 1 distance -10000 m: outside 0–1,000,000 m")]
    [InlineData(600, 2000, -5.0, "session 1 calories -5 kcal: outside 0–100,000 kcal")]
    [InlineData(2_000_000, 2000, null, "session 1 timer time 2E+06 s: outside 0–14 days")]
    public void Problem_HostileTotals_NamesTheField(double timerS, double distanceM, double? calories, string expected) =>
        Assert.Equal(expected, RecordingPlausibility.Problem(new ActivityRecording([Session(timerS, distanceM, calories)], [], SampleSeries.Empty)));

    [Theory]
    [InlineData(1e10, "sample distance 1E+10 m: outside 0–1,000,000 m")]
    [InlineData(-1e308, "sample distance -1E+308 m: outside 0–1,000,000 m")]
    [InlineData(double.PositiveInfinity, "sample distance Infinity m: outside 0–1,000,000 m")]
    [InlineData(100_000, "sample distance 100000 m in 600 s: a mean speed of 166.7 m/s, more than 30 m/s")]
    public void Problem_HostileSamples_NamesTheField(double lastDistanceM, string expected) =>
        Assert.Equal(expected, RecordingPlausibility.Problem(new ActivityRecording([], [], TwoSamples(lastDistanceM))));

    [Fact]
    public void Problem_DateOutsideTheGpsEra_Refused() =>
        Assert.Equal("session 1 start 1970-01-01: outside 1990–2099",
            RecordingPlausibility.Problem(new ActivityRecording([Session(start: DateTimeOffset.UnixEpoch)], [], SampleSeries.Empty)));

    [Fact]
    public void Build_DistanceJumpTo1e10_RefusedBeforeAnySplitIsMade()
    {
        var error = Assert.Throws<ArgumentException>(() => ActivityFactory.Build(new ActivityRecording([], [], TwoSamples(1e10)), Source));

        Assert.Equal("hostile.tcx: sample distance 1E+10 m: outside 0–1,000,000 m", error.Message);
    }

    [Fact]
    public void Problem_StoredSummaryWithNegativeTimerTime_Named()
    {
        var activity = ActivityFactory.Build(new ActivityRecording([Session()], [], SampleSeries.Empty), Source);
        var broken = activity.Summary with { TimerTime = new Duration(-3600) };

        Assert.Equal("activity timer time -3600 s: outside 0–14 days", RecordingPlausibility.Problem(broken));
        Assert.Null(RecordingPlausibility.Problem(activity.Summary));
    }
}
