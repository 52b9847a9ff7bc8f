namespace HybridCoach.Formats.Fit.Writing;

/// <summary>
/// One workout_step message as it will be written: the values in the profile's stored form (durations in ms
/// or cm, speeds in mm/s, enum numbers from <see cref="FitWorkoutProfile"/>). Null = the field is left out.
/// A repeat step has <see cref="DurationValue"/> = the message_index to go back to and
/// <see cref="TargetValue"/> = the number of repetitions.
/// </summary>
public sealed record FitWorkoutStep(
    ushort MessageIndex,
    string Name,
    byte DurationType,
    uint? DurationValue,
    byte? TargetType,
    uint? TargetValue,
    uint? CustomTargetLow,
    uint? CustomTargetHigh,
    byte? Intensity,
    string? Notes);
