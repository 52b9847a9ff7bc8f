namespace HybridCoach.Domain.Athletes;

/// <summary>One injury in the athlete's history. Severity is the athlete's own 0–10 rating (0 = niggle, 10 = cannot walk).</summary>
public sealed record Injury(string Site, BodySide Side, DateOnly Date, int Severity, string? Notes)
{
    public string Site { get; } = AthleteGuard.Site(Site, "injury_site");
    public int Severity { get; } = AthleteGuard.Range(Severity, 0, 10, "injury_severity");
    public string? Notes { get; } = AthleteGuard.Text(Notes, 1000, "injury_notes");
}
