using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;
using Xunit;
using static HybridCoach.Domain.Tests.Guardrails.LoadSnapshots;

namespace HybridCoach.Domain.Tests.Guardrails;

public class GuardrailEngineTests
{
    private static readonly GuardrailEngine Engine = GuardrailEngine.Default;

    /// <summary>Enough steady history for every load guardrail to clear: 5 km every other day for six weeks.</summary>
    private static DecisionSnapshot Steady(DailyMetrics? metrics = null) =>
        Empty() with { Metrics = metrics ?? Metrics(), Activities = [.. Runs(5, [.. Enumerable.Range(0, 21).Select(i => 2 + 2 * i)])] };

    private static GuardrailOutcome Outcome(Decision decision, string id) => decision.Outcomes.Single(o => o.Id == id);

    [Fact]
    public void Decide_SteadyTrainingNothingFires_Proceed()
    {
        var decision = Engine.Decide(Steady(), Defaults);
        Assert.Equal(Recommendation.Proceed, decision.Recommendation);
        Assert.Empty(decision.DecidedBy);
        Assert.Empty(decision.Fired);
        Assert.Equal(Engine.Guardrails.Select(g => g.Id), decision.Outcomes.Select(o => o.Id));
        Assert.Equal(Date, decision.Date);
        Assert.Equal(Defaults.Hash, decision.SettingsHash);
        Assert.Equal("guardrails/1.1", decision.EngineVersion);
    }

    [Fact]
    public void Decide_PainWithAcwr2Point5_FullRestDecidedByPainAlone()
    {
        var snapshot = Steady(Metrics(acwrCoupled: 2.5, monotony: 3.1)) with { Signals = [Pain()], Activities = [.. Steady().Activities, Run(1, 10, hard: true)] };
        var decision = Engine.Decide(snapshot, Defaults);
        Assert.Equal(Recommendation.FullRest, decision.Recommendation);
        Assert.Equal(["pain_flag"], decision.DecidedBy);
        Assert.Equal(Recommendation.CrossTrainOrRest, Outcome(decision, "acwr_very_high").AsksFor);
        Assert.True(Outcome(decision, "acwr_high").Fired);
        Assert.True(Outcome(decision, "monotony_high").Fired);
        Assert.True(Outcome(decision, "hard_yesterday").Fired);
    }

    [Fact]
    public void Decide_PainWithNoHistory_NeedsMoreDataNeverHidesThePainFlag()
    {
        var decision = Engine.Decide(Empty() with { Signals = [Pain()] }, Defaults);
        Assert.Equal(Recommendation.FullRest, decision.Recommendation);
        Assert.Equal(["pain_flag"], decision.DecidedBy);
        Assert.Equal(Recommendation.NeedsMoreData, Outcome(decision, "insufficient_data").AsksFor);
    }

    [Fact]
    public void Decide_NoDataNoFlags_NeedsMoreDataSayingWhenReady()
    {
        var decision = Engine.Decide(Empty(), Defaults);
        Assert.Equal(Recommendation.NeedsMoreData, decision.Recommendation);
        Assert.Equal(["insufficient_data"], decision.DecidedBy);
        Assert.Contains("ready on 2025-03-13", Outcome(decision, "insufficient_data").Reason);
        Assert.All(decision.Outcomes.Where(o => o.Id != "insufficient_data"), o => Assert.False(o.Fired, o.Id));
    }

    [Fact]
    public void Decide_ReduceVolumeAndReduceIntensity_RecoveryRunDecidedByBoth()
    {
        var snapshot = Steady(Metrics(acwrCoupled: 1.6)) with { Activities = [.. Steady().Activities, Run(1, 5, hard: true)] };
        var decision = Engine.Decide(snapshot, Defaults);
        Assert.Equal(Recommendation.RecoveryRun, decision.Recommendation);
        Assert.Equal(["acwr_high", "hard_yesterday"], decision.DecidedBy);
    }

    [Fact]
    public void Decide_AcwrAbove1Point8_CrossTrainOrRestDecidedByVeryHighOnly()
    {
        var decision = Engine.Decide(Steady(Metrics(acwrCoupled: 1.9)), Defaults);
        Assert.Equal(Recommendation.CrossTrainOrRest, decision.Recommendation);
        Assert.Equal(["acwr_very_high"], decision.DecidedBy);
        Assert.True(Outcome(decision, "acwr_high").Fired);
    }

    [Fact]
    public void Decide_InjuryHistoryAtCaution_CalfOverrideDecides()
    {
        var snapshot = Steady(Metrics(acwrCoupled: 1.27)) with { Injuries = [Injury("calf")] };
        Assert.Equal(Recommendation.Proceed, Engine.Decide(snapshot, Defaults).Recommendation);
        var calf = Defaults.WithOverrides(new Dictionary<string, double> { [AcwrCautionGuardrail.MaxRatio] = 1.25 });
        var decision = Engine.Decide(snapshot, calf);
        Assert.Equal(Recommendation.ReduceIntensity, decision.Recommendation);
        Assert.Equal(["acwr_caution"], decision.DecidedBy);
        Assert.Equal(calf.Hash, decision.SettingsHash);
        Assert.NotEqual(Defaults.Hash, decision.SettingsHash);
    }

    [Fact]
    public void Constructor_SameIdTwice_RefusedNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => new GuardrailEngine([new AcwrHighGuardrail(), new MonotonyHighGuardrail(), new AcwrHighGuardrail()]));
        Assert.StartsWith("guardrail acwr_high: registered twice", error.Message);
    }

    [Fact]
    public void Decide_ShuffledInputOrder_SameDecisionAndIdenticalOutcomes()
    {
        Prop.ForAll(Scenarios(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (snapshot, seed) =>
        {
            var shuffled = Shuffle(snapshot, new Random(seed));
            var a = Engine.Decide(snapshot, Defaults);
            var b = Engine.Decide(shuffled, Defaults);
            var direct = Engine.Guardrails.All(g => Text(g.Evaluate(snapshot, Defaults)) == Text(g.Evaluate(shuffled, Defaults)));
            return a.Recommendation == b.Recommendation && a.DecidedBy.SequenceEqual(b.DecidedBy)
                && a.Outcomes.Select(Text).SequenceEqual(b.Outcomes.Select(Text)) && direct;
        }).QuickCheckThrowOnFailure();
    }

    private static DecisionSnapshot Shuffle(DecisionSnapshot s, Random random) => s with
    {
        Activities = [.. s.Activities.OrderBy(_ => random.Next())],
        Signals = [.. s.Signals.OrderBy(_ => random.Next())],
        Injuries = [.. s.Injuries.OrderBy(_ => random.Next())],
        Races = [.. s.Races.OrderBy(_ => random.Next())],
    };

    /// <summary>Every field of an outcome, values round-trippable, maps in key order.</summary>
    private static string Text(GuardrailOutcome o)
    {
        var text = new StringBuilder().Append(o.Id).Append('|').Append(o.Evaluated).Append('|').Append(o.Fired).Append('|').Append(o.AsksFor).Append('|').Append(o.Reason);
        foreach (var (k, v) in o.Observed.OrderBy(p => p.Key, StringComparer.Ordinal)) text.Append('|').Append(k).Append('=').Append(v?.ToString("R", CultureInfo.InvariantCulture) ?? "null");
        foreach (var (k, v) in o.Thresholds.OrderBy(p => p.Key, StringComparer.Ordinal)) text.Append('|').Append(k).Append('=').Append(v.ToString("R", CultureInfo.InvariantCulture));
        return text.ToString();
    }

    /// <summary>Random snapshots: 0–30 activities (same-day ties and equal distances included), 0–8 signals, 0–3 injuries, 0–3 races, random metrics.</summary>
    private static Arbitrary<DecisionSnapshot> Scenarios()
    {
        var activity = from day in Gen.Choose(1, 42)
                       from km in Gen.Elements(0.0, 5, 8, 10, 12, 15, 21)
                       from sport in Gen.Elements(Sport.Running, Sport.TrailRunning, Sport.Cycling, Sport.Walking)
                       from hard in Gen.Elements(true, false, false)
                       from id in Gen.Choose(1, 1_000_000)
                       select new ActivityFact(id, Date.AddDays(-day), sport, km * 1000, km * 330, km * 7, hard);
        var signal = from day in Gen.Choose(0, 10)
                     from soreness in Gen.Choose(-1, 10)
                     from calf in Gen.Choose(-1, 10)
                     from pain in Gen.Elements(false, false, false, true)
                     select new RecoverySignals(Date.AddDays(-day), null, null, null, null, soreness < 0 ? null : soreness,
                         calf < 0 ? new Dictionary<string, int>() : new Dictionary<string, int> { ["calf"] = calf }, pain, null, Illness.None, null, null, null);
        var injury = from site in Gen.Elements("calf", "knee", "achilles")
                     from daysAgo in Gen.Choose(30, 900)
                     select new Injury(site, BodySide.Left, Date.AddDays(-daysAgo), 4, null);
        var race = from day in Gen.Choose(-42, 14)
                   from name in Gen.Elements("Parkrun", "City 10K", "Half")
                   select new RaceEntry(Date.AddDays(day), name, Distance.FromKilometers(10), RacePriority.C);
        var metrics = from acwr in Gen.Choose(0, 260)
                      from monotony in Gen.Choose(5, 40)
                      from acute in Gen.Choose(0, 120)
                      from streak in Gen.Choose(0, 14)
                      select Metrics(acwrCoupled: acwr == 0 ? null : acwr / 100.0, monotony: monotony / 10.0, acuteLoad: acute,
                          consecutiveTrainingDays: streak, daysSinceRest: streak);
        var trend = from slope in Gen.Choose(-50, 80)
                    from runs in Gen.Choose(0, 12)
                    select runs == 0 ? null : new EasyPaceHeartRateFact(slope / 10.0, runs);
        var snapshots = from activities in activity.ListOf()
                        from signals in signal.ListOf().Select(l => l.DistinctBy(s => s.Date).ToList())
                        from injuries in injury.ListOf()
                        from races in race.ListOf()
                        from m in Gen.Elements(true, true, true, false).SelectMany(has => metrics.Select(x => has ? x : null))
                        from t in trend
                        select Empty() with { Metrics = m, Activities = activities, Signals = signals, Injuries = injuries, Races = races, EasyPaceHeartRate = t };
        return snapshots.ToArbitrary();
    }
}
