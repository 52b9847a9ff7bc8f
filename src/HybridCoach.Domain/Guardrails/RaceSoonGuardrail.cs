using System.Globalization;
using HybridCoach.Domain.Racing;

namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// <c>race_soon</c>: a calendar race within the next <c>days_before</c> days (date + 1 to date + days_before) →
/// RECOVERY_RUN: rest or a short shakeout, so the legs arrive fresh (the last days of a taper keep only short, easy
/// running: Mujika &amp; Padilla 2003, Med Sci Sports Exerc 35:1182–1187; Bosquet et al. 2007, Med Sci Sports Exerc
/// 39:1358–1365). On race day itself it does not fire (the race is the session) and says "race day". C races,
/// trained through, count only while <c>include_c_races</c> is 1. An empty calendar clears: no race is a fact, not
/// missing data.
/// </summary>
public sealed class RaceSoonGuardrail : IGuardrail
{
    public const string DaysBefore = "race_soon.days_before";
    public const string IncludeCRaces = "race_soon.include_c_races";

    public string Id => "race_soon";

    public IReadOnlyList<GuardrailSetting> Settings { get; } =
    [
        new(DaysBefore, 2, 1, 7, "days before a race that ask for rest or a shakeout only",
            "product rule (issue 4: a race in the next 2 days); taper practice, Mujika & Padilla 2003"),
        new(IncludeCRaces, 1, 0, 1, "1 = C-priority races count too; 0 = C races are trained through",
            "A/B/C race priorities (Friel): C races are trained through"),
    ];

    public GuardrailOutcome Evaluate(DecisionSnapshot snapshot, GuardrailSettings settings)
    {
        var days = (int)settings.Get(DaysBefore);
        var includeC = settings.Get(IncludeCRaces) >= 0.5;
        var thresholds = Values.Thresholds(("days_before", days), ("include_c_races", includeC ? 1 : 0));
        var raceDay = First(snapshot.Races.Where(r => r.Date == snapshot.Date));
        if (raceDay is not null)
            return GuardrailOutcome.Clear(Id, Text($"race day: {raceDay.Name} ({raceDay.Distance.Kilometers:0.##} km, {raceDay.Priority} race)"),
                Observed(0, raceDay), thresholds);
        var next = First(snapshot.Races.Where(r => r.Date > snapshot.Date && (includeC || r.Priority != RacePriority.C)));
        var daysTo = next is null ? (int?)null : next.Date.DayNumber - snapshot.Date.DayNumber;
        var observed = Observed(daysTo, next);
        if (next is null || daysTo > days)
        {
            var after = next is null ? "" : Text($"; next: {next.Name} in {daysTo} days");
            var skipped = includeC ? "" : " (C races not counted)";
            return GuardrailOutcome.Clear(Id, $"no race in the next {days} days{skipped}{after}", observed, thresholds);
        }
        var when = daysTo == 1 ? "tomorrow" : $"in {daysTo} days";
        return GuardrailOutcome.Fire(Id, Recommendation.RecoveryRun,
            Text($"{next.Name} ({next.Distance.Kilometers:0.##} km, {next.Priority} race) {when} (≤ {days} days): rest or a short shakeout only"),
            observed, thresholds);
    }

    private static RaceEntry? First(IEnumerable<RaceEntry> races) =>
        races.OrderBy(r => r.Date).ThenBy(r => r.Priority).ThenBy(r => r.Name, StringComparer.Ordinal).FirstOrDefault();

    private static IReadOnlyDictionary<string, double?> Observed(int? daysTo, RaceEntry? race) =>
        Values.Observed(("days_to_race", daysTo), ("race_distance_km", race?.Distance.Kilometers), ("race_priority_a1_b2_c3", race is null ? null : (int)race.Priority + 1));

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
