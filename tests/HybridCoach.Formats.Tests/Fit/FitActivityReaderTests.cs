using HybridCoach.Domain.Activities;
using HybridCoach.Formats.Fit;
using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Formats.Tests.Fit;

/// <summary>Column mode against the corpus references (fitsdk.json summaries).</summary>
public class FitActivityReaderTests
{
    private static readonly FitActivityReader Reader = new();

    private static ActivityRecording Read(string name) =>
        Reader.Read(File.ReadAllBytes(Corpus.Path("fit", name)), name, ActivityReadOptions.Strict);

    public static TheoryData<string> CleanActivityFiles() => new(Corpus.Root is null ? ["none"] :
        FitSdkReference.FitFilesWithReference().Where(n => FitSdkReference.Load(n) is var r && r.Errors.Count == 0 && r.RecordCount > 0
            && n != UntimedRecordsFile));

    /// <summary>DeveloperData.fit (a synthetic SDK sample) has 3 records and no timestamp anywhere: no samples can be placed.</summary>
    private const string UntimedRecordsFile = "DeveloperData.fit";

    [CorpusFact]
    public void Read_RecordsWithoutTimestamps_ThrowsNoActivityData() =>
        Assert.Equal("no activity data (3 records without timestamps)",
            Assert.Throws<ActivityFileException>(() => Read(UntimedRecordsFile)).Reason);

    [CorpusTheory]
    [MemberData(nameof(CleanActivityFiles))]
    public void Read_CleanActivity_SampleCountAndFirstSampleMatchReference(string name)
    {
        var recording = Read(name);
        var reference = FitSdkReference.Load(name);
        Assert.Equal(reference.RecordCount, recording.Samples.Count);
        Assert.Equal(reference.Sessions.Count, recording.Sessions.Count);
        var first = reference.FirstRecord!.Value;
        var expectedMs = ((long)FitSdkReference.Number(first, "timestamp_fit")!.Value + 631065600) * 1000;
        Assert.Equal(expectedMs, recording.Samples.TimestampsMs[0]);
        if (FitSdkReference.Number(first, "position_lat_deg") is { } lat)
            Assert.Equal(lat, recording.Samples.Column(SampleChannel.LatitudeDeg)[0], 9);
        if ((FitSdkReference.Number(first, "enhanced_speed") ?? FitSdkReference.Number(first, "speed")) is { } speed)
            Assert.Equal(speed, recording.Samples.Column(SampleChannel.SpeedMps)[0], 6);
        if (FitSdkReference.Number(first, "distance") is { } distance)
            Assert.Equal(distance, recording.Samples.Column(SampleChannel.DistanceM)[0], 6);
    }

    [CorpusFact]
    public void Read_TreadmillRun_IsTreadmillRunningWithCadenceInStepsPerMinute()
    {
        var recording = Read("treadmill_15km.FIT");
        var session = Assert.Single(recording.Sessions);
        Assert.Equal(Sport.TreadmillRunning, session.Sport);
        var first = FitSdkReference.Load("treadmill_15km.FIT").LastRecord!.Value;
        var strides = FitSdkReference.Number(first, "cadence")!.Value + (FitSdkReference.Number(first, "fractional_cadence") ?? 0);
        Assert.Equal(strides * 2, recording.Samples.Column(SampleChannel.CadenceSpm)[^1], 6);
    }

    [CorpusFact]
    public void Read_Ride_KeepsCadenceInRpm()
    {
        var recording = Read("2020-06-01-16-52-40.fit");
        var last = FitSdkReference.Load("2020-06-01-16-52-40.fit").LastRecord!.Value;
        Assert.Equal(Sport.Cycling, Assert.Single(recording.Sessions).Sport);
        Assert.Equal(FitSdkReference.Number(last, "cadence")!.Value, recording.Samples.Column(SampleChannel.CadenceSpm)[^1]);
        Assert.Equal(FitSdkReference.Number(last, "power")!.Value, recording.Samples.Column(SampleChannel.PowerW)[^1]);
    }

    [CorpusFact]
    public void Read_Session_TotalsMatchReference()
    {
        var session = Assert.Single(Read("10kUNLP2014-Garmin15.fit").Sessions);
        var expected = FitSdkReference.Load("10kUNLP2014-Garmin15.fit").Sessions[0];
        Assert.Equal(Sport.Running, session.Sport);
        Assert.Equal(FitSdkReference.Number(expected, "total_distance")!.Value, session.Distance!.Value.Meters, 6);
        Assert.Equal(FitSdkReference.Number(expected, "total_timer_time")!.Value, session.TimerTime!.Value.Seconds, 6);
        Assert.Equal(DateTimeOffset.Parse(FitSdkReference.Text(expected, "start_time")!, System.Globalization.CultureInfo.InvariantCulture), session.StartTime);
    }

    [CorpusFact]
    public void Read_TrailRun_IsTrailRunning() =>
        Assert.Contains(Read(TrailRunFile()).Sessions, s => s.Sport == Sport.TrailRunning);

    private static string TrailRunFile() => FitSdkReference.FitFilesWithReference()
        .First(n => FitSdkReference.Load(n).Sessions.Any(s => FitSdkReference.Text(s, "sub_sport") == "trail"));

    [CorpusFact]
    public void Read_ChainedFile_MergesAllSegments()
    {
        var recording = Read("chained_Activity_activity_poolswim.fit");
        Assert.Equal(3625, recording.Samples.Count);
        Assert.Equal([Sport.Other, Sport.Swimming], recording.Sessions.Select(s => s.Sport));
    }

    /// <summary>GarminHRMswim.FIT: records have no heart_rate; fitsdk's merged first/last values are 92 and 126 bpm.</summary>
    [CorpusFact]
    public void Read_HrmSwim_MergesStrapHeartRateIntoSamples()
    {
        var heartRate = Read("GarminHRMswim.FIT").Samples.Column(SampleChannel.HeartRateBpm);
        Assert.Equal(92, heartRate[0]);
        Assert.Equal(126, heartRate[^1]);
    }

    [CorpusFact]
    public void Read_ActivityWithLocalTimestamp_HasUtcOffsetAndDevice()
    {
        var recording = Read("Activity-legacy-sdk.fit");
        Assert.Equal("Dynastream product 1", recording.Device);
        Assert.NotNull(recording.Sessions[0].Distance);
        Assert.Equal(5.73, recording.Sessions[0].Distance!.Value.Meters, 6);
    }
}
