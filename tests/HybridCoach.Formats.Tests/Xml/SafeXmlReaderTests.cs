using System.Text;
using HybridCoach.Formats.Gpx;
using HybridCoach.Formats.Tcx;
using HybridCoach.Formats.Xml;
using Xunit;

namespace HybridCoach.Formats.Tests.Xml;

public class SafeXmlReaderTests
{
    private const string ExternalEntity =
        "<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" +
        "<gpx version=\"1.1\"><trk><name>&xxe;</name></trk></gpx>";

    private const string BillionLaughs =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>" +
        "<TrainingCenterDatabase>&lol2;</TrainingCenterDatabase>";

    [Fact]
    public void Read_GpxWithExternalEntity_IsRefusedNamingTheDtd()
    {
        var error = Assert.Throws<ActivityFileException>(() =>
            new GpxActivityReader().Read(Encoding.UTF8.GetBytes(ExternalEntity), "xxe.gpx", ActivityReadOptions.Strict));
        Assert.Equal("xxe.gpx", error.FileName);
        Assert.Contains(SafeXmlReader.DtdRefused, error.Message);
    }

    [Fact]
    public void Read_TcxWithEntityExpansion_IsRefusedNamingTheDtd()
    {
        var error = Assert.Throws<ActivityFileException>(() =>
            new TcxActivityReader().Read(Encoding.UTF8.GetBytes(BillionLaughs), "lol.tcx", ActivityReadOptions.Strict));
        Assert.Contains("DTD/external entities are not allowed", error.Message);
    }

    [Fact]
    public void Read_UndeclaredEntityWithoutDtd_IsMalformedXmlWithItsPosition()
    {
        var error = Assert.Throws<ActivityFileException>(() =>
            XmlCorpus.ReadGpxText("<gpx>\n<trk><name>&xxe;</name></trk></gpx>"));
        Assert.Contains("malformed XML at line 2", error.Message);
    }

    [Fact]
    public void Read_UnclosedElement_NamesLineAndPosition()
    {
        var error = Assert.Throws<ActivityFileException>(() =>
            XmlCorpus.ReadTcxText("<TrainingCenterDatabase>\n  <Activities>\n    <Activity Sport=\"Running\">\n</TrainingCenterDatabase>"));
        Assert.Matches(@"malformed XML at line \d+, position \d+", error.Message);
    }

    [Theory]
    [InlineData(new byte[0], "the file is empty")]
    [InlineData(new byte[] { 0x0E, 0x10, 0xD0, 0x07, 0x00, 0x00 }, "malformed XML")]
    [InlineData(new byte[] { 0x3C, 0x67, 0x70, 0x78 }, "malformed XML")]
    public void Read_NotXmlAtAll_GivesAClearError(byte[] content, string reason)
    {
        var error = Assert.Throws<ActivityFileException>(() =>
            new GpxActivityReader().Read(content, "junk.gpx", ActivityReadOptions.Strict));
        Assert.Contains(reason, error.Message);
        Assert.StartsWith("junk.gpx: ", error.Message);
    }
}
