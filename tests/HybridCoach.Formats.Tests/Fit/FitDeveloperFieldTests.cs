using System.Globalization;
using HybridCoach.Formats.Fit;
using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Formats.Tests.Fit;

/// <summary>Developer fields against the FitCSV decodings in the corpus.</summary>
public class FitDeveloperFieldTests
{
    private static FitFile Decode(string name) => FitDecoder.Decode(File.ReadAllBytes(Corpus.Path("fit", name)));

    [CorpusFact]
    public void Decode_DeveloperData_RecordValuesMatchFitCsv()
    {
        var file = Decode("DeveloperData.fit");
        var description = Assert.Single(file.DeveloperFieldDescriptions);
        Assert.Equal(("doughnuts_earned", "doughnuts", FitBaseType.SInt8), (description.Name, description.Units, description.BaseType));
        var expected = FitCsv.DataRows("DeveloperData.fit").Where(r => r.Message == "record").Select(r => r.Value("doughnuts_earned")).ToList();
        var ours = file.Messages.Where(m => m.Name == "record").Select(m => Assert.Single(m.DeveloperFields)).ToList();
        Assert.Equal(expected, ours.Select(f => ((long)f.Value).ToString(CultureInfo.InvariantCulture)));
        Assert.All(ours, f => Assert.Equal(("doughnuts_earned", "doughnuts"), (f.Name, f.Units)));
    }

    [CorpusFact]
    public void Decode_ActivityDevFields_RecordHeartRateMatchesFitCsv()
    {
        var file = Decode("ActivityDevFields.fit");
        var expected = FitCsv.DataRows("ActivityDevFields.fit").Where(r => r.Message == "record").Select(r => r.Value("Heart Rate")).ToList();
        var ours = file.Messages.Where(m => m.Name == "record")
            .Select(m => m.DeveloperFields.Single(f => f.Name == "Heart Rate")).ToList();
        Assert.Equal(3601, ours.Count);
        Assert.Equal(expected, ours.Select(f => Convert.ToString(f.Value, CultureInfo.InvariantCulture)));
        Assert.All(ours, f => Assert.Equal("bpm", f.Units));
    }

    /// <summary>FitCSV session: unnamed "3.0008333" doughnuts, thingys "-10|12" thingys/min, message field "Hello!|Good Job!".</summary>
    [CorpusFact]
    public void Decode_ActivityDevFields_SessionFieldsMatchFitCsv()
    {
        var session = Decode("ActivityDevFields.fit").Messages.Single(m => m.Name == "session");
        var unnamed = session.DeveloperFields.Single(f => f.Name is null);
        Assert.Equal(("doughnuts", 3.0008333), (unnamed.Units, Math.Round((double)unnamed.Value, 7)));
        var thingys = session.DeveloperFields.Single(f => f.Name == "thingys");
        Assert.Equal("thingys/min", thingys.Units);
        Assert.Equal([-10L, 12L], (long[])thingys.Value);
        Assert.Equal(["Hello!", "Good Job!"], (string[])session.DeveloperFields.Single(f => f.Name == "message field").Value);
    }

    [CorpusFact]
    public void Inspect_ActivityDevFields_ListsTheFourDescriptions()
    {
        var inspection = FitInspector.Inspect(File.ReadAllBytes(Corpus.Path("fit", "ActivityDevFields.fit")), "ActivityDevFields.fit");
        var expected = FitSdkReference.Load("ActivityDevFields.fit").DeveloperFields
            .Select(d => (FitSdkReference.Text(d, "field_name"), FitSdkReference.Text(d, "units"))).ToList();
        Assert.Equal(expected, inspection.DeveloperFields.Select(d => (d.Name, d.Units)));
        Assert.Equal(3601, inspection.RecordCount);
        Assert.Equal("stand_up_paddleboarding", Assert.Single(inspection.Sessions).Sport);
    }
}
