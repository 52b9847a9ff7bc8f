using HybridCoach.Application.Decisions.Records;
using HybridCoach.Domain.Guardrails;
using Xunit;

namespace HybridCoach.Application.Tests.Decisions;

public class DecisionJsonTests
{
    [Fact]
    public void ReadSnapshot_OfWrittenSnapshot_ReproducesEveryValueExactly()
    {
        var original = DecisionSamples.Snapshot(pain: true);

        var json = DecisionJson.Snapshot(original);
        var read = DecisionJson.ReadSnapshot(json);

        var canonical = original.Canonical();
        Assert.Equal(json, DecisionJson.Snapshot(read));
        Assert.Equal(canonical.Date, read.Date);
        Assert.Equal("rss", read.LoadMeasure);
        Assert.Equal(canonical.Metrics, read.Metrics);
        Assert.Equal(0.30000000000000004, read.Metrics!.Load);
        Assert.Equal(canonical.Activities, read.Activities);
        Assert.Equal(canonical.Injuries, read.Injuries);
        Assert.Equal(canonical.Races, read.Races);
        Assert.Equal(canonical.EasyPaceHeartRate, read.EasyPaceHeartRate);
        Assert.Equal(2, read.Signals.Count);
        var today = read.Today!;
        Assert.Equal((48, 61.5, 7.25, 4, 3, true, "calf", Domain.Athletes.Illness.AboveNeck, 2, 4, "heavy \"legs\""),
            (today.RestingHrBpm, today.HrvRmssdMs, today.SleepHours, today.SleepQuality, today.Soreness, today.Pain, today.PainSite, today.Illness,
             today.LifeStress, today.Motivation, today.Note));
        Assert.Equal([("calf", 4), ("knee", 2)], today.SorenessBySite.Select(p => (p.Key, p.Value)));
    }

    [Fact]
    public void Decide_OnReadSnapshot_GivesTheSameDecision()
    {
        var original = DecisionSamples.Snapshot(pain: true);
        var settings = GuardrailCatalog.DefaultSettings;

        var before = GuardrailEngine.Default.Decide(original, settings);
        var after = GuardrailEngine.Default.Decide(DecisionJson.ReadSnapshot(DecisionJson.Snapshot(original)), settings);

        Assert.Equal(Recommendation.FullRest, after.Recommendation);
        Assert.Equal(before.Recommendation, after.Recommendation);
        Assert.Equal(before.DecidedBy, after.DecidedBy);
        Assert.Equal(DecisionJson.Outcomes(before.Outcomes), DecisionJson.Outcomes(after.Outcomes));
    }

    [Fact]
    public void ReadSnapshot_NotJson_ThrowsNamingTheColumn()
    {
        var error = Assert.Throws<FormatException>(() => DecisionJson.ReadSnapshot("{not json"));

        Assert.StartsWith("audit snapshot_json: not readable", error.Message, StringComparison.Ordinal);
    }
}
