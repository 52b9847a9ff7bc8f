using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans.Records;

/// <summary>A stored strength &amp; conditioning exercise.</summary>
public sealed record StrengthExerciseRecord(string Name, int Sets, int? Reps, int? HoldS, string Cue)
{
    public static StrengthExerciseRecord From(StrengthExercise e) => new(e.Name, e.Sets, e.Reps, e.HoldS, e.Cue);

    public StrengthExercise ToExercise() => new(Name, Sets, Reps, HoldS, Cue);
}
