namespace HybridCoach.Application.Narration;

/// <summary>The week's check-in: effort and fatigue (1–10), niggles ("calf left 3/10"), and the athlete's notes and request (quoted data).</summary>
public sealed record CheckInLine(int Effort, int Fatigue, IReadOnlyList<string> Niggles, string? Notes, string? Request);
