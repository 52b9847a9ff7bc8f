using HybridCoach.Domain.Load;

namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// <c>monotony_high</c>: training monotony of the last 7 days (mean daily load ÷ its SD, rest days as 0; Foster,
/// Med Sci Sports Exerc 1998;30:1164–1168) above <c>monotony_high.max_monotony</c> (2.0) → REDUCE_VOLUME: the same
/// load day after day with no easy or rest day to break it. The 2.0 line is from secondary sources (fellrnr.com
/// "Training Monotony"; science.md §4), not Foster's abstract.
/// </summary>
public sealed class MonotonyHighGuardrail : IGuardrail
{
    public const string MaxMonotony = "monotony_high.max_monotony";

    public string Id => "monotony_high";

    public IReadOnlyList<GuardrailSetting> Settings { get; } =
    [
        new(MaxMonotony, 2.0, 1.2, 10, "weekly monotony (mean ÷ SD of daily load) above this asks for less volume",
            "Foster 1998, MSSE 30:1164–1168 (definition); > 2.0 'too high' per fellrnr.com (science.md §4)"),
    ];

    public GuardrailOutcome Evaluate(DecisionSnapshot snapshot, GuardrailSettings settings)
    {
        var max = settings.Get(MaxMonotony);
        var observed = Values.Observed((Monotony.Id, snapshot.Metrics?.Monotony), ("strain", snapshot.Metrics?.Strain));
        var thresholds = Values.Thresholds(("max_monotony", max));
        var day = snapshot.Date.AddDays(-1);
        if (snapshot.Metrics is null)
            return GuardrailOutcome.NotEvaluated(Id, $"no training metrics as of {day:yyyy-MM-dd}", observed, thresholds);
        if (snapshot.Metrics.Monotony is not { } monotony)
            return GuardrailOutcome.NotEvaluated(Id, $"no monotony for the week to {day:yyyy-MM-dd}: under 7 days of history or no load that week", observed, thresholds);
        if (monotony <= max)
            return GuardrailOutcome.Clear(Id, FormattableString.Invariant($"monotony {monotony:0.00} over the last 7 days is at most {max:0.00}"), observed, thresholds);
        return GuardrailOutcome.Fire(Id, Recommendation.ReduceVolume,
            FormattableString.Invariant($"monotony {monotony:0.00} over the last 7 days is above {max:0.00}: too little variation, make today shorter"), observed, thresholds);
    }
}
