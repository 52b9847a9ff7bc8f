using System.Text;
using HybridCoach.Application.Import;
using HybridCoach.Domain.Activities;
using Xunit;

namespace HybridCoach.Application.Tests.Import;

public sealed class StravaActivitiesCsvTests
{
    [Fact]
    public void Read_ExportRows_MapsFileToNameAndType()
    {
        const string csv = "Activity ID,Activity Date,Activity Name,Activity Type,Filename\n" +
            "987,\"Jan 5, 2021, 7:03:12 AM\",\"Long run \"\"LSD\"\"\",Run,activities/987.fit.gz\n" +
            "988,\"Jan 6, 2021, 7:03:12 AM\",Yoga,Yoga,\n" +
            "989,\"Jan 7, 2021, 7:03:12 AM\",Spin,Virtual Ride,activities\\989.tcx.gz\n";

        var index = StravaActivitiesCsv.Read(Encoding.UTF8.GetBytes(csv));
        var rows = index.ByFile;

        Assert.Equal(2, rows.Count);
        // Yoga has no file: a manual entry, on line 3, with no time or distance columns to read.
        Assert.Equal(new StravaManualRow(3, "988", "Jan 6, 2021, 7:03:12 AM", "Yoga", "Yoga", null, null), Assert.Single(index.Manual));
        var run = rows["ACTIVITIES/987.FIT.GZ"];
        Assert.Equal(new StravaActivityInfo("987", "Jan 5, 2021, 7:03:12 AM", "Long run \"LSD\"", "Run"), run);
        Assert.Equal(Sport.Running, run.Sport);
        Assert.Equal(Sport.Cycling, rows["activities/989.tcx.gz"].Sport);
    }

    [Fact]
    public void Read_NoFilenameColumn_Empty()
    {
        var index = StravaActivitiesCsv.Read("Activity ID,Activity Name\n1,x\n"u8.ToArray());
        Assert.Empty(index.ByFile);
        Assert.Empty(index.Manual);
    }
}
