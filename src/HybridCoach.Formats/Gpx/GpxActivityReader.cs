using HybridCoach.Domain.Activities;
using HybridCoach.Formats.Xml;

namespace HybridCoach.Formats.Gpx;

/// <summary>
/// Reads GPX 1.0 and 1.1 files (https://www.topografix.com/GPX/1/1/) with a streaming, DTD-refusing
/// XML reader. Every track point of every track becomes a sample; routes and waypoints are ignored.
/// </summary>
public sealed class GpxActivityReader : IActivityFileReader
{
    public ActivityFileFormat Format => ActivityFileFormat.Gpx;

    public ActivityRecording Read(ReadOnlySpan<byte> content, string fileName, ActivityReadOptions options)
    {
        var document = SafeXmlReader.Read(content, fileName, reader => GpxDocumentParser.Parse(reader, fileName));
        return GpxRecordingBuilder.Build(document, fileName);
    }
}
