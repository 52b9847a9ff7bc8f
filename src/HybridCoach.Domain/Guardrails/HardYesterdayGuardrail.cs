namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// <c>hard_yesterday</c>: a hard session (see <see cref="Load.HardSessionRule"/>) on any of the
/// <c>hard_yesterday.recovery_days</c> days before the decided date (default 1: yesterday) → REDUCE_INTENSITY. No
/// hard days back to back — Bowerman's hard–easy principle, and Seiler's polarised model spaces the hard sessions
/// (Int J Sports Physiol Perform 2010;5:276–291). Athletes who need 48 h between hard sessions (many masters
/// runners, a coaching convention rather than a trial result) can raise the setting to 2.
/// </summary>
public sealed class HardYesterdayGuardrail : IGuardrail
{
    public const string RecoveryDays = "hard_yesterday.recovery_days";

    public string Id => "hard_yesterday";

    public IReadOnlyList<GuardrailSetting> Settings { get; } =
    [
        new(RecoveryDays, 1, 1, 3, "easy days needed after a hard session: a hard session this many days back or fewer keeps today easy",
            "hard–easy principle (Bowerman); Seiler 2010, IJSPP 5:276–291"),
    ];

    public GuardrailOutcome Evaluate(DecisionSnapshot snapshot, GuardrailSettings settings)
    {
        var days = (int)settings.Get(RecoveryDays);
        var first = snapshot.Date.AddDays(-days);
        var hard = snapshot.ActivitiesBetween(first, snapshot.Date.AddDays(-1)).Where(a => a.Hard).ToList();
        var latest = hard.Count == 0 ? (DateOnly?)null : hard.Max(a => a.Date);
        var observed = Values.Observed(("hard_sessions_in_window", hard.Count),
            ("days_since_hard_session", latest is { } d ? snapshot.Date.DayNumber - d.DayNumber : null));
        var thresholds = Values.Thresholds(("recovery_days", days));
        if (snapshot.Activities.Count == 0)
            return GuardrailOutcome.NotEvaluated(Id, $"no activities in the {DecisionSnapshot.ActivityWindowDays} days before the date", observed, thresholds);
        var span = days == 1 ? "yesterday" : $"in the last {days} days";
        if (latest is not { } last) return GuardrailOutcome.Clear(Id, $"no hard session {span}", observed, thresholds);
        var ago = snapshot.Date.DayNumber - last.DayNumber;
        return GuardrailOutcome.Fire(Id, Recommendation.ReduceIntensity,
            $"hard session {(ago == 1 ? "yesterday" : $"{ago} days ago")} ({last:yyyy-MM-dd}; {days} easy day{(days == 1 ? "" : "s")} needed after one): no hard days back to back",
            observed, thresholds);
    }
}
