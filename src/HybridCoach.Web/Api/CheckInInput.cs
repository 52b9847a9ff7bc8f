namespace HybridCoach.Web.Api;

/// <summary>
/// The body of POST /api/checkins (snake_case), as `coach checkin` takes it: the week's first day (default: this week's
/// Monday), effort and fatigue 1–10, niggles, notes, a request, days you cannot train, a travel week, feeling strong
/// and a race to add.
/// </summary>
public sealed record CheckInInput(
    string? WeekStart,
    int? Effort,
    int? Fatigue,
    IReadOnlyList<NiggleInput>? Niggles,
    string? Notes,
    string? Request,
    IReadOnlyList<string>? UnavailableDays,
    bool TravelWeek,
    bool FeelingStrong,
    RaceInput? AddRace);

/// <summary>A niggle: the body site, its side (left, right, both or central) and how bad, 0–10.</summary>
public sealed record NiggleInput(string? Site, string? Side, int? Severity);

/// <summary>A race: its date, name, distance ("10k", "half", "21.1km") and priority (A, B or C; default B).</summary>
public sealed record RaceInput(string? Date, string? Name, string? Distance, string? Priority);
