namespace HybridCoach.Application.Import;

/// <summary>
/// A row of a Strava export's activities.csv with no file: an entry the runner typed on Strava (a treadmill run, a
/// gym session). <see cref="Line"/> is its line in the CSV; the figures are null when the row leaves them empty or
/// unreadable.
/// </summary>
public sealed record StravaManualRow(int Line, string ActivityId, string? ActivityDate, string? Name, string? ActivityType, double? ElapsedS, double? DistanceM);
