using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Performance;

/// <summary>
/// A standard race distance with a stable snake_case id (the ids match <c>BestEffort</c>'s where both exist).
/// <see cref="Standard"/> is the set of columns in Daniels' race-time table (science.md §1.2), so every
/// prediction we print has a published figure to be checked against.
/// </summary>
public sealed record RaceDistance(string Id, string Name, Distance Distance)
{
    public static readonly RaceDistance M1500 = new("1500m", "1500 m", new Distance(1500));
    public static readonly RaceDistance Mile = new("1mi", "Mile", Distance.FromMiles(1));
    public static readonly RaceDistance K3 = new("3k", "3000 m", new Distance(3000));
    public static readonly RaceDistance Mile2 = new("2mi", "2 miles", Distance.FromMiles(2));
    public static readonly RaceDistance K5 = new("5k", "5K", new Distance(5000));
    public static readonly RaceDistance K10 = new("10k", "10K", new Distance(10000));
    public static readonly RaceDistance K15 = new("15k", "15K", new Distance(15000));
    public static readonly RaceDistance HalfMarathon = new("half_marathon", "Half marathon", new Distance(21097.5));
    public static readonly RaceDistance Marathon = new("marathon", "Marathon", new Distance(42195));

    /// <summary>Shortest first.</summary>
    public static IReadOnlyList<RaceDistance> Standard { get; } =
        [M1500, Mile, K3, Mile2, K5, K10, K15, HalfMarathon, Marathon];

    /// <summary>The standard distance with this id, or null.</summary>
    public static RaceDistance? FindById(string id) =>
        Standard.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));
}
