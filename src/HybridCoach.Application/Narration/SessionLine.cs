namespace HybridCoach.Application.Narration;

/// <summary>
/// One planned session as a narration sees it: day, type id (<c>tempo</c>), title ("Tempo 10.4 km"), whether it is
/// hard, running distance and time, the zone id, the plan's one-line purpose and each step as the athlete reads it
/// ("Warm-up 2 km at 5:40–6:10/km (z2)").
/// </summary>
public sealed record SessionLine(DateOnly Date, string Type, string Title, bool Hard, double DistanceM, double DurationS, string? ZoneId,
    string Purpose, IReadOnlyList<string> Steps);
