using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Contracts;

/// <summary>One strength &amp; conditioning exercise of a planned day.</summary>
public sealed record StrengthExerciseJson(string Name, int Sets, int? Reps, int? HoldS, string Cue)
{
    public static StrengthExerciseJson From(StrengthExercise e) => new(e.Name, e.Sets, e.Reps, e.HoldS, e.Cue);
}
