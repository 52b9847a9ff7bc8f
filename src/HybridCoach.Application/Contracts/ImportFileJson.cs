using System.Globalization;
using HybridCoach.Application.Import;
using HybridCoach.Domain.Activities;

namespace HybridCoach.Application.Contracts;

/// <summary>One file's import result.</summary>
public sealed record ImportFileJson(string Source, string Status, long? ActivityId, string? Sport, string? StartTime, double? DistanceM, string? Reason)
{
    public static ImportFileJson From(ImportFileResult row) => new(
        row.SourcePath,
        row.Status.ToString().ToLowerInvariant(),
        row.ActivityId,
        row.Sport?.ToId(),
        row.StartTime?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        row.Distance is { } distance ? Math.Round(distance.Meters, 2) : null,
        row.Reason);

    /// <summary>The row this answer shows (as precise as the answer gives it: whole seconds, centimetres).</summary>
    public ImportFileResult ToResult() => new(
        Source,
        Enum.Parse<ImportStatus>(Status, ignoreCase: true),
        ActivityId,
        Sport is null ? null : SportExtensions.ParseSport(Sport),
        StartTime is null ? null : DateTimeOffset.ParseExact(StartTime, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        DistanceM is { } meters ? new Domain.Units.Distance(meters) : null,
        Reason);
}
