using HybridCoach.Domain.Activities;

namespace HybridCoach.Formats;

/// <summary>
/// Reads one activity file from its bytes. Failure policy: a file that is not of this format, or is
/// damaged beyond <paramref name="options"/>, throws <see cref="ActivityFileException"/> naming the
/// file and the reason; no other exception escapes for any input.
/// </summary>
public interface IActivityFileReader
{
    ActivityFileFormat Format { get; }

    ActivityRecording Read(ReadOnlySpan<byte> content, string fileName, ActivityReadOptions options);
}
