using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Import;

/// <summary>
/// One row of an import report. <see cref="SourcePath"/> names the file, and for archive members the
/// path inside the archive after "!/" ("export.zip!/activities/123.fit.gz"). <see cref="ActivityId"/> is
/// the new activity, or the stored one a duplicate matches.
/// </summary>
public sealed record ImportFileResult(
    string SourcePath,
    ImportStatus Status,
    long? ActivityId = null,
    Sport? Sport = null,
    DateTimeOffset? StartTime = null,
    Distance? Distance = null,
    string? Reason = null);
