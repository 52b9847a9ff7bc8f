using System.Text;
using HybridCoach.Application.Import;
using HybridCoach.Formats;
using Xunit;

namespace HybridCoach.Application.Tests.Import;

public sealed class ActivityFormatDetectorTests
{
    [Theory]
    [InlineData(12)]
    [InlineData(14)]
    public void Detect_FitHeader_Fit(byte headerSize)
    {
        byte[] header = [headerSize, 0x10, 0x6C, 0x08, 0x20, 0, 0, 0, (byte)'.', (byte)'F', (byte)'I', (byte)'T', 0, 0];

        Assert.Equal(ActivityFileFormat.Fit, ActivityFormatDetector.Detect(header));
    }

    [Fact]
    public void Detect_FitSignatureWithOtherHeaderSize_NotFit()
    {
        byte[] header = [13, 0x10, 0x6C, 0x08, 0x20, 0, 0, 0, (byte)'.', (byte)'F', (byte)'I', (byte)'T', 0, 0];

        Assert.Null(ActivityFormatDetector.Detect(header));
    }

    [Theory]
    [InlineData("<gpx version=\"1.1\"></gpx>", ActivityFileFormat.Gpx)]
    [InlineData("\uFEFF\r\n  <?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- exported -->\n<gpx creator=\"x\">", ActivityFileFormat.Gpx)]
    [InlineData("<?xml version=\"1.0\"?><TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\">", ActivityFileFormat.Tcx)]
    [InlineData("<?xml version=\"1.0\"?><tcd:TrainingCenterDatabase xmlns:tcd=\"x\">", ActivityFileFormat.Tcx)]
    [InlineData("<!DOCTYPE gpx><gpx/>", ActivityFileFormat.Gpx)]
    public void Detect_XmlRoot_GpxOrTcx(string text, ActivityFileFormat expected)
    {
        Assert.Equal(expected, ActivityFormatDetector.Detect(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Detect_Utf16WithBom_ReadsRoot()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-16\"?><gpx/>")).ToArray();

        Assert.Equal(ActivityFileFormat.Gpx, ActivityFormatDetector.Detect(bytes));
    }

    [Theory]
    [InlineData("<kml><Document/></kml>")]
    [InlineData("{\"activities\": []}")]
    [InlineData("")]
    [InlineData("<?xml version=\"1.0\"?>")]
    public void Detect_OtherContent_Null(string text)
    {
        Assert.Null(ActivityFormatDetector.Detect(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Issue 15 item 8: a GPX behind a long leading comment was "not a FIT, GPX or TCX file" (the detector read 4 KB).</summary>
    [Theory]
    [InlineData(10_000)]
    [InlineData(500_000)]
    public void Detect_LongLeadingComment_ReadsPastIt(int commentLength)
    {
        var text = $"<?xml version=\"1.0\"?>\n<!-- {new string('x', commentLength)} -->\n<gpx version=\"1.1\"></gpx>";

        Assert.Equal(ActivityFileFormat.Gpx, ActivityFormatDetector.Detect(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Detect_CommentLongerThanTheSniffLimit_NullNotAHang()
    {
        var text = $"<!-- {new string('x', 2 << 20)} -->\n<gpx/>";

        Assert.Null(ActivityFormatDetector.Detect(Encoding.UTF8.GetBytes(text)));
    }
}
