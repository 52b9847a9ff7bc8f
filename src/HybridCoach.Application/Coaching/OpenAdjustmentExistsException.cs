namespace HybridCoach.Application.Coaching;

/// <summary>A second open adjustment for a day that already has one; the message names the day and the open request's id.</summary>
public sealed class OpenAdjustmentExistsException(string message) : Errors.ConflictException(message);
