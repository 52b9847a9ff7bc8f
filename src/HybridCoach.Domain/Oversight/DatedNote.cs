namespace HybridCoach.Domain.Oversight;

/// <summary>Athlete-written text from another input (an activity's notes), with its day and where it came from ("activity 42 notes").</summary>
public sealed record DatedNote(DateOnly Date, string Source, string Text);
