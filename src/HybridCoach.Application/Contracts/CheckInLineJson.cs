using HybridCoach.Application.Narration;

namespace HybridCoach.Application.Contracts;

/// <summary>A week's check-in in a summary: effort and fatigue (1–10), niggles ("calf left 3/10"), notes and request as written.</summary>
public sealed record CheckInLineJson(int Effort, int Fatigue, IReadOnlyList<string> Niggles, string? Notes, string? Request)
{
    public static CheckInLineJson From(CheckInLine c) => new(c.Effort, c.Fatigue, c.Niggles, c.Notes, c.Request);
}
