namespace HybridCoach.Domain.Athletes;

/// <summary>
/// The weekly check-in: the week it covers (its first day), overall effort and fatigue 1–10, niggles, free-text
/// notes and an adjustment request. Validated in the constructor; failures name the field.
/// </summary>
public sealed record CheckIn(DateOnly WeekStart, int Effort, int Fatigue, IReadOnlyList<Niggle> Niggles, string? Notes, AdjustmentRequest Request)
{
    public int Effort { get; } = AthleteGuard.Range(Effort, 1, 10, "effort");
    public int Fatigue { get; } = AthleteGuard.Range(Fatigue, 1, 10, "fatigue");
    public IReadOnlyList<Niggle> Niggles { get; } = [.. Niggles ?? throw new ArgumentException("niggles: must not be null")];
    public string? Notes { get; } = AthleteGuard.Text(Notes, 4000, "notes");
    public AdjustmentRequest Request { get; } = Request ?? AdjustmentRequest.None;
}
