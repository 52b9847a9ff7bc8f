namespace HybridCoach.Domain.Activities;

/// <summary>Where an activity came from: the file (or "manual"), its format, and a SHA-256 of its content.</summary>
public sealed record ActivitySource(string FileName, string Format, string ContentSha256);
