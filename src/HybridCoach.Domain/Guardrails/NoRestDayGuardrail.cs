using HybridCoach.Domain.Load;

namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// <c>no_rest_day</c>: at least <c>no_rest_day.limit_days</c> (10) days in a row before the decided date without a
/// rest day → CROSS_TRAIN_OR_REST (rest today). Days without rest are the day before's days since rest (a rest day
/// has no run and at most a short walk, see Load.TrainingStreak), or its consecutive training days when no rest
/// day is on record. "Rest days too infrequent" is one of the patterns the hybrid-coaching workflow asks the
/// machine to catch (seed 001); the limit of 10 is a product choice, not a published threshold.
/// </summary>
public sealed class NoRestDayGuardrail : IGuardrail
{
    public const string LimitDays = "no_rest_day.limit_days";

    public string Id => "no_rest_day";

    public IReadOnlyList<GuardrailSetting> Settings { get; } =
    [
        new(LimitDays, 10, 3, 60, "this many days in a row without a rest day asks for a rest day today",
            "product choice; 'rest days too infrequent' (hybrid-coaching workflow, seed 001)"),
    ];

    public GuardrailOutcome Evaluate(DecisionSnapshot snapshot, GuardrailSettings settings)
    {
        var limit = (int)settings.Get(LimitDays);
        var metrics = snapshot.Metrics;
        int? days = metrics is null ? null : metrics.DaysSinceRest ?? metrics.ConsecutiveTrainingDays;
        var observed = Values.Observed(("days_without_rest", days), (TrainingStreak.DaysSinceRestId, metrics?.DaysSinceRest),
            (TrainingStreak.ConsecutiveTrainingDaysId, metrics?.ConsecutiveTrainingDays));
        var thresholds = Values.Thresholds(("limit_days", limit));
        if (days is not { } n)
            return GuardrailOutcome.NotEvaluated(Id, $"no training metrics as of {snapshot.Date.AddDays(-1):yyyy-MM-dd}", observed, thresholds);
        if (n < limit) return GuardrailOutcome.Clear(Id, $"{n} day{(n == 1 ? "" : "s")} in a row without a rest day (limit {limit})", observed, thresholds);
        return GuardrailOutcome.Fire(Id, Recommendation.CrossTrainOrRest,
            $"{n} days in a row without a rest day (limit {limit}): rest today", observed, thresholds);
    }
}
