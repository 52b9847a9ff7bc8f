namespace HybridCoach.Domain.Planning;

/// <summary>The three plans generated side by side for the coach to choose from; ids are the lower-case names.</summary>
public enum PlanVariant
{
    Conservative,
    Moderate,
    Aggressive,
}
