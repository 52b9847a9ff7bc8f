namespace HybridCoach.Domain.Units;

/// <summary>The unit a runner reads distances and paces in.</summary>
public enum DistanceUnit
{
    Kilometers,
    Miles,
}
