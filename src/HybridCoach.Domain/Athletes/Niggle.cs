namespace HybridCoach.Domain.Athletes;

/// <summary>A minor complaint reported at a weekly check-in: body site, side and severity 0–10.</summary>
public sealed record Niggle(string Site, BodySide Side, int Severity)
{
    public string Site { get; } = AthleteGuard.Site(Site, "niggle_site");
    public int Severity { get; } = AthleteGuard.Range(Severity, 0, 10, "niggle_severity");
}
