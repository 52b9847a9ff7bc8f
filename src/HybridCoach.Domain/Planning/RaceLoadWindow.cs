using HybridCoach.Domain.Racing;

namespace HybridCoach.Domain.Planning;

/// <summary>
/// Days whose 7-day acute window holds a race. A race is a deliberate one-day spike (a marathon alone can exceed a
/// taper week's load), so the projected ACWR on these days is reported but not held to the variant's ceiling;
/// the ceiling governs training load. Product rule, stated so the validator and the generator agree.
/// </summary>
public static class RaceLoadWindow
{
    public const int AcuteDays = 7;

    public static bool Contains(IEnumerable<RaceEntry> races, DateOnly day) =>
        races.Any(r => r.Date <= day && r.Date > day.AddDays(-AcuteDays));

    /// <summary>The goal race and the other races, by date.</summary>
    public static IReadOnlyList<RaceEntry> All(PlanRequest request) =>
        new[] { request.GoalRace }.Concat(request.OtherRaces ?? []).OrderBy(r => r.Date).ThenBy(r => r.Priority).ToList();
}
