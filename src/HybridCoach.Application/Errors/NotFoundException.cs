namespace HybridCoach.Application.Errors;

/// <summary>
/// A use case was asked about something the athlete's store does not hold (an adjustment, a record). An
/// <see cref="ArgumentException"/>, so the CLI's handling is unchanged (one line naming it, exit 1); the web answers 404.
/// </summary>
public sealed class NotFoundException(string message) : ArgumentException(message);
