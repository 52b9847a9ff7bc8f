namespace HybridCoach.Domain.Planning;

/// <summary>One strength &amp; conditioning exercise: sets × reps (or seconds for holds), with a coaching cue.</summary>
public sealed record StrengthExercise(string Name, int Sets, int? Reps, int? HoldS, string Cue);
