using HybridCoach.Domain.Activities;
using HybridCoach.Formats.Fit.Writing;
using Xunit;

namespace HybridCoach.Formats.Tests.Fit.Writing;

public class FitActivityEncoderTests
{
    /// <summary>Seconds between the Unix epoch and the FIT epoch 1989-12-31T00:00:00Z (FIT profile, date_time).</summary>
    private const long FitEpochUnixS = 631_065_600;

    private static readonly DateTimeOffset Start = new(2026, 5, 2, 7, 30, 0, TimeSpan.FromHours(1));

    /// <summary>A 10-minute run at 3 m/s heading north from 48.1° N 11.5° E, two laps, 171 spm.</summary>
    private static FitActivityToEncode TenMinuteRun()
    {
        const int n = 601;
        var elapsed = Enumerable.Range(0, n).ToArray();
        var distance = elapsed.Select(t => 3.0 * t).ToArray();
        return new FitActivityToEncode
        {
            StartTime = Start,
            Sport = Sport.Running,
            ElapsedS = elapsed,
            DistancesM = distance,
            SpeedsMps = elapsed.Select(_ => 3.0).ToArray(),
            LatitudesDeg = distance.Select(d => 48.1 + d / 111_195.0).ToArray(),
            LongitudesDeg = elapsed.Select(_ => 11.5).ToArray(),
            AltitudesM = elapsed.Select(t => 520.0 + (t < 300 ? t * 0.02 : (600 - t) * 0.02)).ToArray(),
            HeartRatesBpm = elapsed.Select(t => (byte)(120 + t / 20)).ToArray(),
            CadencesRpm = elapsed.Select(_ => 171 / 2.0).ToArray(),
            Laps = [new FitLapToEncode(333), new FitLapToEncode(600, Trigger: FitLapTrigger.SessionEnd)],
        };
    }

    private static FitStructureWalker.Result Encoded() => FitStructureWalker.Walk(FitActivityEncoder.Encode(TenMinuteRun()));

    [Fact]
    public void Encode_TenMinuteRun_HasOneMessageOfEachSummaryKindAndOneRecordPerSample()
    {
        var walked = Encoded();
        Assert.Equal(1, walked.Count(0));    // file_id
        Assert.Equal(1, walked.Count(23));   // device_info
        Assert.Equal(2, walked.Count(21));   // event: timer start, stop_all
        Assert.Equal(601, walked.Count(20)); // record
        Assert.Equal(2, walked.Count(19));   // lap
        Assert.Equal(1, walked.Count(18));   // session
        Assert.Equal(1, walked.Count(34));   // activity
    }

    [Fact]
    public void Encode_TenMinuteRun_FileIdIsActivityFromDevelopmentManufacturer()
    {
        var fileId = Encoded().Of(0).Single();
        Assert.Equal(4ul, fileId.Unsigned(0));
        Assert.Equal(255ul, fileId.Unsigned(1));
        Assert.Equal((ulong)(Start.ToUnixTimeSeconds() - FitEpochUnixS), fileId.Unsigned(4));
    }

    [Fact]
    public void Encode_TenMinuteRun_SecondRecordDecodesToEncodedValues()
    {
        var record = Encoded().Of(20).ElementAt(1);
        Assert.Equal((ulong)(Start.ToUnixTimeSeconds() - FitEpochUnixS + 1), record.Unsigned(253));
        Assert.Equal(300ul, record.Unsigned(5));       // 3 m × 100
        Assert.Equal(3000ul, record.Unsigned(73));     // 3 m/s × 1000
        Assert.Equal(5100ul, record.Unsigned(78));     // (520.02 m + 500) × 5 = 5100.1 → 5100
        Assert.Equal(85ul, record.Unsigned(4));        // 171 spm = 85.5 strides/min
        Assert.Equal(64ul, record.Unsigned(53));       // 0.5 × 128
        Assert.Equal(48.1 + 3 / 111_195.0, record.Signed32(0) * 180.0 / 2147483648.0, 6);
        Assert.Equal(11.5, record.Signed32(1) * 180.0 / 2147483648.0, 6);
    }

    [Fact]
    public void Encode_TenMinuteRun_SessionTotalsMatchSamples()
    {
        var session = Encoded().Of(18).Single();
        Assert.Equal(1ul, session.Unsigned(5));          // sport running
        Assert.Equal(600_000ul, session.Unsigned(7));    // 600 s elapsed × 1000
        Assert.Equal(600_000ul, session.Unsigned(8));    // timer
        Assert.Equal(180_000ul, session.Unsigned(9));    // 1800 m × 100
        Assert.Equal(3000ul, session.Unsigned(14));      // avg 3 m/s
        Assert.Equal(3000ul, session.Unsigned(124));     // enhanced avg
        Assert.Equal(135ul, session.Unsigned(16));       // mean of 120 + t/20 over 0..600 = 134.5…→ 135
        Assert.Equal(150ul, session.Unsigned(17));
        Assert.Equal(85ul, session.Unsigned(18));
        Assert.Equal(6ul, session.Unsigned(22));         // 300 s × 0.02 m up
        Assert.Equal(6ul, session.Unsigned(23));
        Assert.Equal(2ul, session.Unsigned(26));         // num_laps
    }

    [Fact]
    public void Encode_TenMinuteRun_LapsSplitAtTheirEndSample()
    {
        var laps = Encoded().Of(19).ToList();
        Assert.Equal(99_900ul, laps[0].Unsigned(9));     // 333 s × 3 m/s = 999 m
        Assert.Equal(333_000ul, laps[0].Unsigned(7));
        Assert.Equal(80_100ul, laps[1].Unsigned(9));     // 267 s × 3 m/s = 801 m
        Assert.Equal(2ul, laps[0].Unsigned(24));         // lap_trigger distance
        Assert.Equal(7ul, laps[1].Unsigned(24));         // session_end
    }

    [Fact]
    public void Encode_StartAtPlusOneHour_LocalTimestampIsOneHourAfterTimestamp()
    {
        var activity = Encoded().Of(34).Single();
        Assert.Equal(3600L, (long)activity.Unsigned(5) - (long)activity.Unsigned(253));
        Assert.Equal(1ul, activity.Unsigned(1));
    }

    [Fact]
    public void Encode_NoOptionalChannels_WritesRecordsWithoutThem()
    {
        var run = TenMinuteRun() with { LatitudesDeg = null, LongitudesDeg = null, HeartRatesBpm = null, CadencesRpm = null, AltitudesM = null, Laps = [] };
        var walked = FitStructureWalker.Walk(FitActivityEncoder.Encode(run));
        var record = walked.Of(20).First();
        Assert.Equal(new byte[] { 253, 5, 73 }, record.Fields.Keys.ToArray());
        Assert.Equal(1, walked.Count(19));
    }

    [Fact]
    public void Encode_MismatchedColumn_ThrowsNamingColumn()
    {
        var run = TenMinuteRun() with { HeartRatesBpm = new byte[10] };
        var error = Assert.Throws<ArgumentException>(() => FitActivityEncoder.Encode(run));
        Assert.Contains("HeartRatesBpm has 10 samples", error.Message);
    }

    [Fact]
    public void Encode_LastLapShort_ThrowsNamingLaps()
    {
        var run = TenMinuteRun() with { Laps = [new FitLapToEncode(300)] };
        var error = Assert.Throws<ArgumentException>(() => FitActivityEncoder.Encode(run));
        Assert.Contains("Laps the last lap ends at sample 300", error.Message);
    }
}
