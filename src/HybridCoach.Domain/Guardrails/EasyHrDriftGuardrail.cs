namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// <c>easy_hr_drift</c>: heart rate at easy pace rising by at least <c>easy_hr_drift.min_slope_bpm_per_28_days</c>
/// (3 bpm per 28 days) over a trend of at least <c>easy_hr_drift.min_runs</c> (6) easy runs → REDUCE_INTENSITY.
/// At the same effort a rising HR — a falling efficiency factor — means accumulating fatigue rather than fitness
/// (Friel; science.md §8), and "easy runs getting harder" is a warning sign the hybrid-coaching workflow names
/// (seed 001). The trend is Load.EasyPaceHeartRateTrend (12-week least-squares line). Both numbers are product
/// choices: 3 bpm a month is about the day-to-day noise of HR at a fixed pace, sustained for weeks.
/// </summary>
public sealed class EasyHrDriftGuardrail : IGuardrail
{
    public const string MinSlope = "easy_hr_drift.min_slope_bpm_per_28_days";
    public const string MinRuns = "easy_hr_drift.min_runs";

    public string Id => "easy_hr_drift";

    public IReadOnlyList<GuardrailSetting> Settings { get; } =
    [
        new(MinSlope, 3, 0.5, 20, "a rise of HR at easy pace of at least this many bpm per 28 days asks for easy training",
            "product choice; 'easy runs getting harder' (seed 001), efficiency factor (Friel; science.md §8)"),
        new(MinRuns, 6, 2, 50, "easy runs the trend must be fitted to before it is judged",
            "product choice, as Load.EasyPaceTrendSettings.MinimumRuns"),
    ];

    public GuardrailOutcome Evaluate(DecisionSnapshot snapshot, GuardrailSettings settings)
    {
        var minSlope = settings.Get(MinSlope);
        var minRuns = (int)settings.Get(MinRuns);
        var trend = snapshot.EasyPaceHeartRate;
        var observed = Values.Observed(("slope_bpm_per_28_days", trend?.SlopeBpmPer28Days), ("easy_runs", trend?.RunCount));
        var thresholds = Values.Thresholds(("min_slope_bpm_per_28_days", minSlope), ("min_runs", minRuns));
        if (trend is null)
            return GuardrailOutcome.NotEvaluated(Id, "no trend of HR at easy pace (needs pace zones and easy runs with heart rate)", observed, thresholds);
        if (trend.RunCount < minRuns)
            return GuardrailOutcome.NotEvaluated(Id, $"only {trend.RunCount} easy runs in the trend; {minRuns} needed", observed, thresholds);
        var text = FormattableString.Invariant($"HR at easy pace changing {trend.SlopeBpmPer28Days:+0.0;-0.0;0.0} bpm per 28 days over {trend.RunCount} easy runs");
        if (trend.SlopeBpmPer28Days < minSlope)
            return GuardrailOutcome.Clear(Id, FormattableString.Invariant($"{text} (below +{minSlope:0.0})"), observed, thresholds);
        return GuardrailOutcome.Fire(Id, Recommendation.ReduceIntensity,
            FormattableString.Invariant($"{text} (at least +{minSlope:0.0}): easy runs are getting harder, keep today easy"), observed, thresholds);
    }
}
