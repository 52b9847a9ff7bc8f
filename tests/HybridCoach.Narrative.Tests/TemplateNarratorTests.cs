using HybridCoach.Application.Narration;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Narrative.Guard;
using HybridCoach.Narrative.Template;
using Xunit;

namespace HybridCoach.Narrative.Tests;

public class TemplateNarratorTests
{
    private static string Text(Recommendation call, DateOnly? day = null, NarrationPurpose purpose = NarrationPurpose.DailyExplanation) =>
        TemplateNarrator.Compose(NarrationFixtures.Request(call, day, purpose));

    [Theory]
    [MemberData(nameof(NarrationFixtures.AllCalls), MemberType = typeof(NarrationFixtures))]
    public void Compose_EachCall_TwoToFourSentencesThatPassTheGuard(string id)
    {
        var call = RecommendationIds.Parse(id);
        foreach (var purpose in new[] { NarrationPurpose.DailyExplanation, NarrationPurpose.PepTalk })
            for (var day = 0; day < 14; day++)
            {
                var request = NarrationFixtures.Request(call, NarrationFixtures.Day.AddDays(day), purpose);
                var text = TemplateNarrator.Compose(request);
                Assert.InRange(NarrativeGuard.CountSentences(text), 2, 4);
                var verdict = NarrativeGuard.Check(text, NarrativeFactsBuilder.From(request));
                Assert.True(verdict.Passed, $"{id} {purpose} day {day}: {verdict} — {text}");
                Assert.Contains(id, text, StringComparison.Ordinal);
            }
    }

    [Fact]
    public void Compose_ReduceVolume_NamesTheRatioAndItsLine()
    {
        var text = Text(Recommendation.ReduceVolume);
        Assert.Contains("1.62", text, StringComparison.Ordinal);
        Assert.Contains("1.50", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_ReduceIntensityAtTheInjurySite_NamesTheSiteAndSoreness()
    {
        var text = Text(Recommendation.ReduceIntensity);
        Assert.Contains("calf", text, StringComparison.Ordinal);
        Assert.Contains("3/10", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_RecoveryRunForRestingHeartRate_NamesTheRiseAndBaseline()
    {
        var text = Text(Recommendation.RecoveryRun);
        Assert.Contains("58 bpm", text, StringComparison.Ordinal);
        Assert.Contains("10.4 bpm", text, StringComparison.Ordinal);
        Assert.Contains("47.6 bpm", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_CrossTrainOrRest_NamesTheRatioAndSaysNoRunning()
    {
        var text = Text(Recommendation.CrossTrainOrRest);
        Assert.Contains("1.92", text, StringComparison.Ordinal);
        Assert.Contains("1.80", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_FullRestForPain_NamesTheSite()
    {
        var text = Text(Recommendation.FullRest);
        Assert.Contains("pain at the calf", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_ProceedWithNothingFired_GivesTheLoadFigures()
    {
        var text = Text(Recommendation.Proceed);
        Assert.Contains("1.12", text, StringComparison.Ordinal);
        Assert.Contains("42.3 km", text, StringComparison.Ordinal);
    }

    // 1 activity in 14 days, 3 needed: 2 more, so ready on 2026-05-22 at the earliest (the engine's own arithmetic).
    [Fact]
    public void Compose_NeedsMoreData_SaysWhatIsMissingAndWhenReady()
    {
        var text = Text(Recommendation.NeedsMoreData);
        Assert.Contains("1 activity in the last 14 days", text, StringComparison.Ordinal);
        Assert.Contains("need 3", text, StringComparison.Ordinal);
        Assert.Contains("2026-05-22", text, StringComparison.Ordinal);
    }

    // 8.05 + 10 + 25 + 18.2 + 6 = 67.25 km in 5 activities; the long run 18.2 km in 6024 s = 331 s/km.
    [Fact]
    public void Compose_PepTalk_UsesTheRecentSessions()
    {
        var text = Text(Recommendation.Proceed, purpose: NarrationPurpose.PepTalk);
        Assert.Contains("67.3 km over 5 activities", text, StringComparison.Ordinal);
        Assert.Contains("18.2 km on Thursday at 5:31/km", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NarrationFixtures.AllCalls), MemberType = typeof(NarrationFixtures))]
    public void Compose_AcrossTwoWeeks_VariesButRepeatsForTheSameDay(string id)
    {
        var call = RecommendationIds.Parse(id);
        var texts = Enumerable.Range(0, 14).Select(d => Text(call, NarrationFixtures.Day.AddDays(d))).ToList();
        Assert.True(texts.Distinct().Count() >= 2, $"{id}: one phrasing for 14 days");
        Assert.Equal(texts[3], Text(call, NarrationFixtures.Day.AddDays(3)));
    }

    [Fact]
    public void Compose_EachCall_OpensDifferently()
    {
        var openings = RecommendationIds.All.Select(id => Text(RecommendationIds.Parse(id)).Split('.')[0]).ToList();
        Assert.Equal(7, openings.Distinct().Count());
    }

    // The engine's own reason ("hard session yesterday (2026-…)") is not a sentence; the narrator phrases it.
    [Fact]
    public void Compose_HardYesterdayFired_PhrasesTheRuleInPlainWords()
    {
        var fired = GuardrailOutcome.Fire("hard_yesterday", Recommendation.ReduceIntensity, "hard session yesterday (2026-05-19; 1 easy day needed after one): no hard days back to back",
            Values.Observed(("hard_sessions_in_window", 1)), Values.Thresholds(("recovery_days", 1)));
        var decision = new Decision(NarrationFixtures.Day, Recommendation.ReduceIntensity, [fired], ["hard_yesterday"], "hash", GuardrailEngine.Version);

        var text = TemplateNarrator.Compose(new NarrationRequest(decision, NarrationContext.Empty));

        Assert.Contains("your last hard session is too recent for another one today", text, StringComparison.Ordinal);
        Assert.DoesNotContain("because hard session", text, StringComparison.Ordinal);
    }
}
