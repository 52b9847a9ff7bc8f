namespace HybridCoach.Formats.Fit.Writing;

/// <summary>One encoded workout of a plan: the file name to save it under (e.g. <c>2026-12-03-tempo.fit</c>), the session's date, its workout name and the bytes.</summary>
public sealed record FitWorkoutFile(string FileName, DateOnly Date, string WorkoutName, byte[] Content);
