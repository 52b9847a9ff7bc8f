namespace HybridCoach.Application.Narration;

/// <summary>One changed day of a plan change: the kind id (<c>swap</c>, <c>reduce</c>, …), the session before and after (null when none) and the engine's reason.</summary>
public sealed record ChangeLine(DateOnly Date, string Kind, SessionLine? Before, SessionLine? After, string Reason);
