using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Tests.Guardrails;

/// <summary>Short builders for the safety guardrails' tests: a decided day, its signals, injuries and races.</summary>
internal static class SafetySnapshots
{
    /// <summary>The decided day in every test.</summary>
    public static readonly DateOnly Day = new(2026, 6, 15);

    public static DecisionSnapshot On(DateOnly date, IEnumerable<RecoverySignals>? signals = null,
        IEnumerable<Injury>? injuries = null, IEnumerable<RaceEntry>? races = null) =>
        new(date, "srpe", null, [], [.. signals ?? []], [.. injuries ?? []], [.. races ?? []], null);

    public static DecisionSnapshot Today(RecoverySignals today, params Injury[] injuries) => On(Day, [today], injuries);

    public static RecoverySignals Signals(DateOnly date, int? restingHr = null, double? hrvMs = null, double? sleepHours = null,
        int? sleepQuality = null, int? soreness = null, IReadOnlyDictionary<string, int>? sites = null, bool pain = false,
        Illness illness = Illness.None, int? lifeStress = null) =>
        new(date, restingHr, hrvMs, sleepHours, sleepQuality, soreness, sites ?? new Dictionary<string, int>(), pain, null,
            illness, lifeStress, null, null);

    /// <summary>One signal per day for <paramref name="count"/> days before <see cref="Day"/> (the oldest first).</summary>
    public static IEnumerable<RecoverySignals> Before(int count, Func<DateOnly, int, RecoverySignals> day) =>
        Enumerable.Range(1, count).Reverse().Select(back => day(Day.AddDays(-back), count - back));

    public static Injury Injury(string site) => new(site, BodySide.Left, new DateOnly(2025, 3, 1), 6, null);

    public static RaceEntry Race(DateOnly date, double km, RacePriority priority = RacePriority.A, string name = "City 10K") =>
        new(date, name, Distance.FromKilometers(km), priority);

    public static RaceEntry RaceMiles(DateOnly date, double miles, string name = "Marathon") =>
        new(date, name, Distance.FromMiles(miles), RacePriority.A);

    public static GuardrailSettings Defaults(IGuardrail guardrail) => GuardrailSettings.Defaults(guardrail.Settings);

    public static GuardrailSettings With(IGuardrail guardrail, string id, double value) =>
        Defaults(guardrail).WithOverrides(new Dictionary<string, double> { [id] = value });

    public static GuardrailOutcome Evaluate(IGuardrail guardrail, DecisionSnapshot snapshot, GuardrailSettings? settings = null) =>
        guardrail.Evaluate(snapshot, settings ?? Defaults(guardrail));

    public static Dictionary<string, int> Sites(params (string Site, int Soreness)[] sites) =>
        sites.ToDictionary(s => s.Site, s => s.Soreness);
}
