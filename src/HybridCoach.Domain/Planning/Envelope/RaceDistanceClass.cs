namespace HybridCoach.Domain.Planning.Envelope;

/// <summary>
/// The race distances the published plans are written for. A goal race takes the nearest class at or above it:
/// up to 7.5 km the 5K plans, up to 15 km the 10K plans, up to 30 km the half-marathon plans, beyond that the
/// marathon plans (ultras included: the references stop at the marathon, docs/plan-envelope.md).
/// </summary>
public enum RaceDistanceClass
{
    FiveK,
    TenK,
    Half,
    Marathon,
}

/// <summary>Classifies a goal distance (<see cref="RaceDistanceClass"/>) and names the class.</summary>
public static class RaceDistanceClasses
{
    public const double FiveKUpToM = 7_500;
    public const double TenKUpToM = 15_000;
    public const double HalfUpToM = 30_000;

    public static RaceDistanceClass For(double goalDistanceM) => goalDistanceM switch
    {
        <= FiveKUpToM => RaceDistanceClass.FiveK,
        <= TenKUpToM => RaceDistanceClass.TenK,
        <= HalfUpToM => RaceDistanceClass.Half,
        _ => RaceDistanceClass.Marathon,
    };

    public static string Id(this RaceDistanceClass distance) => distance switch
    {
        RaceDistanceClass.FiveK => "5k",
        RaceDistanceClass.TenK => "10k",
        RaceDistanceClass.Half => "half",
        _ => "marathon",
    };

    public static string Words(this RaceDistanceClass distance) => distance switch
    {
        RaceDistanceClass.FiveK => "5K",
        RaceDistanceClass.TenK => "10K",
        RaceDistanceClass.Half => "half marathon",
        _ => "marathon",
    };
}
