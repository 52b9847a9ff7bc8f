namespace HybridCoach.Application.Contracts;

/// <summary>`coach activity rpe --json`: the activity and the session RPE now on it.</summary>
public sealed record ActivityRpeJson(long ActivityId, int Rpe);
