using HybridCoach.Application.Narration;

namespace HybridCoach.Application.Contracts;

/// <summary>A planned session in a summary: day, type id, title, hard, running distance and time, zone, purpose and each step as text.</summary>
public sealed record SessionLineJson(string Date, string Type, string Title, bool Hard, double DistanceM, double DurationS, string? Zone, string Purpose,
    IReadOnlyList<string> Steps)
{
    public static SessionLineJson From(SessionLine s) => new(RecoverySignalsJson.DateText(s.Date), s.Type, s.Title, s.Hard, s.DistanceM, s.DurationS,
        s.ZoneId, s.Purpose, s.Steps);
}
