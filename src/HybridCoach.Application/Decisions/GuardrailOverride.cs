namespace HybridCoach.Application.Decisions;

/// <summary>One per-athlete threshold override: the setting id (canonical, e.g. <c>soreness_site.max_0_10.calf</c>), its value, when and why it was set.</summary>
public sealed record GuardrailOverride(string SettingId, double Value, DateTimeOffset SetAtUtc, string? Note);
