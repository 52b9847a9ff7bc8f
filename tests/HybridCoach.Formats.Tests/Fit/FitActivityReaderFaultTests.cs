using HybridCoach.Domain.Activities;
using HybridCoach.Formats.Fit;
using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Formats.Tests.Fit;

/// <summary>
/// The corrupt, truncated and malformed corpus files (SOURCES.md "NEGATIVE" rows and real-world malformed
/// files): strict mode names the fault, salvage mode keeps what decoded before it.
/// </summary>
public class FitActivityReaderFaultTests
{
    private static readonly FitActivityReader Reader = new();

    private static ActivityRecording Read(string name, bool salvage) =>
        Reader.Read(File.ReadAllBytes(Corpus.Path("fit", name)), name, new ActivityReadOptions(salvage));

    [CorpusTheory]
    [InlineData("activity-filecrc.fit", "file CRC mismatch (stored 0xB1D5, computed 0xA1D5)", 14)]
    [InlineData("activity-activity-filecrc.fit", "file CRC mismatch (stored 0xB1D5, computed 0xA1D5)", 28)]
    [InlineData("activity-settings-corruptheader.fit", "not a FIT file (no .FIT signature at byte 771)", 14)]
    [InlineData("activity-settings-nodata.fit", "truncated: file ends at byte 786 inside a definition message", 14)]
    [InlineData("activity-unexpected-eof.fit", "truncated: file ends at byte 768 inside a data message", 14)]
    [InlineData("nick.fit", "truncated: file ends at byte 403456 inside a data message", 14391)]
    [InlineData("strava-android-app-201.10-b1218918.fit", "data message at byte 7471 uses local message type 11, which was never defined", 473)]
    [InlineData("lezyne_super_gps-garmin_fit-sample-bad-endian.fit", "truncated: file ends at byte 48411 inside a data message", LezyneSalvagedRecords)]
    public void Read_FaultyFile_StrictThrowsReasonAndSalvageKeepsRecords(string name, string reason, int salvagedRecords)
    {
        var error = Assert.Throws<ActivityFileException>(() => Read(name, salvage: false));
        Assert.Equal(reason, error.Reason);
        Assert.Equal($"{name}: {reason}", error.Message);
        var salvaged = Read(name, salvage: true);
        Assert.Equal(salvagedRecords, salvaged.Samples.Count);
        Assert.StartsWith(reason, Assert.Single(salvaged.WarningsOrEmpty));
    }

    /// <summary>Records decoded before the lezyne file's corrupt message: 804, as fitsdk and GPSBabel's recovery-mode GPX (804 trkpt).</summary>
    private const int LezyneSalvagedRecords = 804;

    [CorpusTheory]
    [InlineData("Settings.fit", "a FIT settings file, not an activity")]
    [InlineData("WorkoutRepeatSteps.fit", "a FIT workout file, not an activity")]
    [InlineData("MonitoringFile.fit", "a FIT monitoring_b file, not an activity")]
    [InlineData("WeightScaleSingleUser.fit", "a FIT weight file, not an activity")]
    public void Read_FileOfAnotherType_ThrowsNotAnActivity(string name, string reason)
    {
        var error = Assert.Throws<ActivityFileException>(() => Read(name, salvage: true));
        Assert.Equal(reason, error.Reason);
        Assert.True(error.NotAnActivity);
    }

    [Fact]
    public void Read_TextFile_ThrowsNotAFitFile()
    {
        var error = Assert.Throws<ActivityFileException>(() =>
            Reader.Read("<?xml version=\"1.0\"?><gpx></gpx>"u8, "run.gpx", ActivityReadOptions.Strict));
        Assert.Equal("run.gpx: not a FIT file (no .FIT signature)", error.Message);
    }

    [Fact]
    public void Read_EmptyFile_ThrowsEmptyFile() =>
        Assert.Equal("empty file", Assert.Throws<ActivityFileException>(() => Reader.Read([], "x.fit", ActivityReadOptions.Strict)).Reason);
}
