namespace HybridCoach.Application.Import;

/// <summary>An archive or file broke an <see cref="ImportLimits"/> cap; the message names the entry and the cap.</summary>
public sealed class ImportLimitException(string message) : Exception(message);
