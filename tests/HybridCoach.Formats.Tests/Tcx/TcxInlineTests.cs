using HybridCoach.Domain.Activities;
using HybridCoach.Formats.Tests.Xml;
using Xunit;

namespace HybridCoach.Formats.Tests.Tcx;

/// <summary>Hand-written TCX documents for the rules the corpus does not pin down.</summary>
public class TcxInlineTests
{
    private const string Head =
        "<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\" " +
        "xmlns:ax=\"http://www.garmin.com/xmlschemas/ActivityExtension/v2\"><Activities>";

    private static string Run(string trackpoints) =>
        Head + "<Activity Sport=\"Running\"><Id>2024-05-01T06:00:00Z</Id><Lap StartTime=\"2024-05-01T06:00:00Z\">" +
        "<TotalTimeSeconds>60</TotalTimeSeconds><DistanceMeters>200</DistanceMeters><TriggerMethod>Manual</TriggerMethod>" +
        "<Track>" + trackpoints + "</Track><Extensions><ax:LX><ax:AvgRunCadence>86</ax:AvgRunCadence></ax:LX></Extensions></Lap>" +
        "<Creator><Name>Forerunner 255</Name></Creator></Activity></Activities></TrainingCenterDatabase>";

    private static string Trackpoint(string time, string extra = "") =>
        $"<Trackpoint><Time>{time}</Time><DistanceMeters>0</DistanceMeters>{extra}</Trackpoint>";

    [Fact]
    public void Read_TpxRunCadence_IsStoredInStepsPerMinute()
    {
        var recording = XmlCorpus.ReadTcxText(Run(Trackpoint("2024-05-01T06:00:00Z",
            "<Extensions><ax:TPX><ax:Speed>3.5</ax:Speed><ax:RunCadence>88</ax:RunCadence></ax:TPX></Extensions>")));
        Assert.Equal(176, recording.Samples.Column(SampleChannel.CadenceSpm)[0]);
        Assert.Equal(3.5, recording.Samples.Column(SampleChannel.SpeedMps)[0]);
        Assert.Equal(172, recording.Laps[0].AverageCadenceSpm);
        Assert.Equal("Manual", recording.Laps[0].Trigger);
        Assert.Equal("Forerunner 255", recording.Device);
    }

    [Fact]
    public void Read_TrackpointWithoutTime_IsLeftOutWithAWarning()
    {
        var recording = XmlCorpus.ReadTcxText(Run(Trackpoint("2024-05-01T06:00:00Z") + "<Trackpoint><DistanceMeters>5</DistanceMeters></Trackpoint>"));
        Assert.Equal(1, recording.Samples.Count);
        Assert.Contains(recording.WarningsOrEmpty, w => w.Contains("1 trackpoint(s) without a time"));
    }

    [Fact]
    public void Read_RepeatedLapBoundaryPoint_IsKeptOnce() =>
        Assert.Equal(2, XmlCorpus.ReadTcxText(Run(
            Trackpoint("2024-05-01T06:00:00Z") + Trackpoint("2024-05-01T06:00:01Z") + Trackpoint("2024-05-01T06:00:01Z"))).Samples.Count);

    [Fact]
    public void Read_NoActivity_SaysSo()
    {
        var error = Assert.Throws<ActivityFileException>(() => XmlCorpus.ReadTcxText(Head + "</Activities></TrainingCenterDatabase>"));
        Assert.Contains("no Activity or Course", error.Message);
    }

    [Fact]
    public void Read_GpxGivenToTheTcxReader_SaysItIsNotTcx()
    {
        var error = Assert.Throws<ActivityFileException>(() => XmlCorpus.ReadTcxText("<gpx version=\"1.1\"/>"));
        Assert.Contains("not a TCX file", error.Message);
    }
}
