namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// <c>insufficient_data</c>: fewer than <c>insufficient_data.min_activities</c> activities in the last
/// <c>insufficient_data.window_days</c> days → NEEDS_MORE_DATA, saying how many more are needed and the earliest
/// day the engine can be ready. Load ratios from a near-empty record are noise (product rule of the
/// deterministic-rules design this engine follows: "fewer than three activities in the past fourteen days →
/// NEEDS_MORE_DATA rather than an unreliable estimate").
/// </summary>
public sealed class InsufficientDataGuardrail : IGuardrail
{
    public const string MinActivities = "insufficient_data.min_activities";
    public const string WindowDays = "insufficient_data.window_days";

    public string Id => "insufficient_data";

    public IReadOnlyList<GuardrailSetting> Settings { get; } =
    [
        new(MinActivities, 3, 1, 30, "activities needed in the window before load can be judged", "deterministic-rules design (seed 004): 3 in 14 days"),
        new(WindowDays, 14, 7, 60, "the window, in days before the decided day", "deterministic-rules design (seed 004): 3 in 14 days"),
    ];

    public GuardrailOutcome Evaluate(DecisionSnapshot snapshot, GuardrailSettings settings)
    {
        var needed = (int)settings.Get(MinActivities);
        var window = (int)settings.Get(WindowDays);
        var count = snapshot.ActivitiesBetween(snapshot.Date.AddDays(-window), snapshot.Date.AddDays(-1)).Count();
        var observed = Values.Observed(("activities_in_window", count));
        var thresholds = Values.Thresholds(("min_activities", needed), ("window_days", window));
        if (count >= needed) return GuardrailOutcome.Clear(Id, $"{count} activities in the last {window} days (≥ {needed})", observed, thresholds);
        var missing = needed - count;
        var ready = snapshot.Date.AddDays(missing);
        return GuardrailOutcome.Fire(Id, Recommendation.NeedsMoreData,
            $"{count} activities in the last {window} days; {missing} more needed — ready on {ready:yyyy-MM-dd} at the earliest (one logged activity a day)",
            observed, thresholds);
    }
}
