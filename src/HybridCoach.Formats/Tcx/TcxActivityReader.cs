using HybridCoach.Domain.Activities;
using HybridCoach.Formats.Xml;

namespace HybridCoach.Formats.Tcx;

/// <summary>
/// Reads Garmin Training Center (TCX v2) files with a streaming, DTD-refusing XML reader: every
/// Activity becomes a session with its laps; a Course is read as a track.
/// </summary>
public sealed class TcxActivityReader : IActivityFileReader
{
    public ActivityFileFormat Format => ActivityFileFormat.Tcx;

    public ActivityRecording Read(ReadOnlySpan<byte> content, string fileName, ActivityReadOptions options)
    {
        var document = SafeXmlReader.Read(content, fileName, reader => TcxDocumentParser.Parse(reader, fileName));
        return TcxRecordingBuilder.Build(document, fileName);
    }
}
