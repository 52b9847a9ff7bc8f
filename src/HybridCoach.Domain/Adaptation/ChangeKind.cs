namespace HybridCoach.Domain.Adaptation;

/// <summary>What an adaptation did to one day; ids are snake_case of the names.</summary>
public enum ChangeKind
{
    Softened,
    Moved,
    SwappedForCrossTraining,
    Shortened,
    Lengthened,
    Removed,
    Added,
    Recalibrated,
    Tapered,
}
