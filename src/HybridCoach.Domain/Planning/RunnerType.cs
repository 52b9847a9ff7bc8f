namespace HybridCoach.Domain.Planning;

/// <summary>Presets that set sensible defaults for a plan request (see <see cref="RunnerTypePresets"/>).</summary>
public enum RunnerType
{
    Beginner,
    FiveTenKRacer,
    Marathoner,
    Masters,
    Comeback,
    MultiRace,
}
