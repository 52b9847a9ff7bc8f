namespace HybridCoach.Formats.Fit;

/// <summary>What `coach inspect FILE` shows for a FIT file: plain records, ready to serialise to JSON.</summary>
public sealed record FitInspection(
    string FileName,
    long SizeBytes,
    string? FileType,
    string? Device,
    IReadOnlyDictionary<string, int> MessageCounts,
    int RecordCount,
    IReadOnlyList<FitSessionSummary> Sessions,
    IReadOnlyList<FitDeveloperFieldInfo> DeveloperFields,
    FitIntegrity Integrity,
    IReadOnlyList<string> Errors);

/// <summary>One session as stated by its FIT session message; null where the file has no value.</summary>
public sealed record FitSessionSummary(
    string? Sport,
    string? SubSport,
    DateTimeOffset? StartTime,
    double? TotalElapsedTimeS,
    double? TotalTimerTimeS,
    double? TotalDistanceM,
    double? AvgHeartRateBpm,
    double? MaxHeartRateBpm,
    double? TotalAscentM,
    double? TotalDescentM,
    double? AvgSpeedMps,
    int? NumLaps);

/// <summary>One developer field description (field_description message).</summary>
public sealed record FitDeveloperFieldInfo(int DeveloperIndex, int FieldNumber, string? Name, string? Units, string BaseType);
