using System.Globalization;
using HybridCoach.Domain.Racing;

namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// <c>race_recovery</c>: recovery owed after a calendar race. For <c>recovery_run_days</c> days after it (default:
/// the day after) → RECOVERY_RUN; then, until <c>easy_days_per_mile</c> × the miles raced (rounded) days have
/// passed since the race → REDUCE_INTENSITY (easy running, no hard session). "One easy day per mile raced" is
/// coaching convention, usually attributed to the marathoner Jack Foster — not a measured recovery time (muscle
/// damage markers after a marathon take one to two weeks to settle: Warhol et al. 1985, Am J Pathol 118:331–339).
/// When several races are owed, the one asking for more wins. A race is assumed run as entered; races more than
/// <see cref="DecisionSnapshot.RaceLookbackDays"/> days back are outside the snapshot.
/// </summary>
public sealed class RaceRecoveryGuardrail : IGuardrail
{
    public const string EasyDaysPerMile = "race_recovery.easy_days_per_mile";
    public const string RecoveryRunDays = "race_recovery.recovery_run_days";

    public string Id => "race_recovery";

    public IReadOnlyList<GuardrailSetting> Settings { get; } =
    [
        new(EasyDaysPerMile, 1, 0, 2, "easy days owed per mile raced",
            "coaching convention \"one day per mile\", attributed to Jack Foster"),
        new(RecoveryRunDays, 1, 0, 7, "days right after a race that ask for a recovery run at most",
            "product rule (issue 4): the day after any race is a recovery day"),
    ];

    public GuardrailOutcome Evaluate(DecisionSnapshot snapshot, GuardrailSettings settings)
    {
        var perMile = settings.Get(EasyDaysPerMile);
        var runDays = (int)settings.Get(RecoveryRunDays);
        var thresholds = Values.Thresholds(("easy_days_per_mile", perMile), ("recovery_run_days", runDays));
        Owed? owed = null;
        foreach (var race in snapshot.Races.Where(r => r.Date < snapshot.Date))
        {
            var candidate = new Owed(race, snapshot.Date.DayNumber - race.Date.DayNumber, EasyDays(race, perMile), runDays);
            if (candidate.Call != Recommendation.Proceed && (owed is null || candidate.IsStrongerThan(owed))) owed = candidate;
        }
        owed ??= Latest(snapshot, perMile, runDays);
        var observed = Values.Observed(("days_since_race", owed?.DaysSince), ("race_distance_mi", owed?.Race.Distance.Miles),
            ("easy_days_owed", owed?.EasyDays), ("easy_days_left", owed is null ? null : Math.Max(0, owed.EasyDays - owed.DaysSince + 1)));
        if (owed is null) return GuardrailOutcome.Clear(Id, $"no race in the last {DecisionSnapshot.RaceLookbackDays} days", observed, thresholds);
        var figures = Text($"{owed.Race.Name} ({owed.Race.Distance.Miles:0.#} mi) was {owed.DaysSince} day{(owed.DaysSince == 1 ? "" : "s")} ago; {owed.EasyDays} easy days owed ({perMile:0.##} per mile)");
        return owed.Call switch
        {
            Recommendation.RecoveryRun => GuardrailOutcome.Fire(Id, owed.Call, $"{figures}: a recovery run at most today", observed, thresholds),
            Recommendation.ReduceIntensity => GuardrailOutcome.Fire(Id, owed.Call,
                Text($"{figures}, {owed.EasyDays - owed.DaysSince + 1} left including today: easy running only, no hard session"), observed, thresholds),
            _ => GuardrailOutcome.Clear(Id, $"{figures}: recovered", observed, thresholds),
        };
    }

    private sealed record Owed(RaceEntry Race, int DaysSince, int EasyDays, int RunDays)
    {
        public Recommendation Call => DaysSince <= RunDays ? Recommendation.RecoveryRun
            : DaysSince <= EasyDays ? Recommendation.ReduceIntensity : Recommendation.Proceed;

        public bool IsStrongerThan(Owed other) =>
            RecommendationPrecedence.Rank(Call) != RecommendationPrecedence.Rank(other.Call)
                ? RecommendationPrecedence.Rank(Call) > RecommendationPrecedence.Rank(other.Call)
                : EasyDays - DaysSince != other.EasyDays - other.DaysSince ? EasyDays - DaysSince > other.EasyDays - other.DaysSince
                : string.CompareOrdinal(Race.Name, other.Race.Name) < 0;
    }

    private static int EasyDays(RaceEntry race, double perMile) => (int)Math.Round(race.Distance.Miles * perMile, MidpointRounding.AwayFromZero);

    /// <summary>With nothing owed, the most recent past race (for the reason), or null.</summary>
    private static Owed? Latest(DecisionSnapshot snapshot, double perMile, int runDays) =>
        snapshot.Races.Where(r => r.Date < snapshot.Date).OrderByDescending(r => r.Date).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new Owed(r, snapshot.Date.DayNumber - r.Date.DayNumber, EasyDays(r, perMile), runDays)).FirstOrDefault();

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
