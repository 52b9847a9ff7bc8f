namespace HybridCoach.Application.Import;

/// <summary>What a Strava export's activities.csv holds: the row of each file (by path) and the manual entries (rows with no file).</summary>
public sealed record StravaIndex(IReadOnlyDictionary<string, StravaActivityInfo> ByFile, IReadOnlyList<StravaManualRow> Manual);
