namespace HybridCoach.Application.Errors;

/// <summary>
/// A request that the state of the athlete's store refuses as it stands: decided already (a proposal, an alert, a
/// request), lifted already (a hold), another open one for the same thing (an adjustment), a backup file already there.
/// An <see cref="ArgumentException"/>, so every front end's refusal path takes it; the web answers 409, the CLI exits
/// with <c>ExitCodes.Conflict</c>.
/// </summary>
public class ConflictException(string message) : ArgumentException(message);
