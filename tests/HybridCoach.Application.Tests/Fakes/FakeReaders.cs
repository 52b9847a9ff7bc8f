using System.Text;
using System.Xml.Linq;
using HybridCoach.Domain.Activities;
using HybridCoach.Formats;

namespace HybridCoach.Application.Tests.Fakes;

/// <summary>Reads <see cref="FakeActivity.Fit"/> content; text containing "corrupt" fails like a bad CRC.</summary>
internal sealed class FakeFitReader : IActivityFileReader
{
    public List<ActivityReadOptions> OptionsSeen { get; } = [];

    public ActivityFileFormat Format => ActivityFileFormat.Fit;

    public ActivityRecording Read(ReadOnlySpan<byte> content, string fileName, ActivityReadOptions options)
    {
        OptionsSeen.Add(options);
        var payload = Encoding.UTF8.GetString(content[14..]);
        if (payload.Contains("corrupt", StringComparison.Ordinal))
            throw new ActivityFileException(fileName, "file CRC mismatch (stored 0x1A2B, computed 0x3C4D)");
        return FakeActivity.Parse(payload);
    }
}

/// <summary>Reads the data attribute of <see cref="FakeActivity.Gpx"/> or <see cref="FakeActivity.Tcx"/> content.</summary>
internal sealed class FakeXmlReader(ActivityFileFormat format) : IActivityFileReader
{
    public ActivityFileFormat Format => format;

    public ActivityRecording Read(ReadOnlySpan<byte> content, string fileName, ActivityReadOptions options)
    {
        var root = XDocument.Parse(Encoding.UTF8.GetString(content)).Root!;
        return FakeActivity.Parse(root.Attribute("data")!.Value);
    }
}

internal static class FakeReaders
{
    public static IActivityFileReader[] All(FakeFitReader? fit = null) =>
        [fit ?? new FakeFitReader(), new FakeXmlReader(ActivityFileFormat.Gpx), new FakeXmlReader(ActivityFileFormat.Tcx)];
}
