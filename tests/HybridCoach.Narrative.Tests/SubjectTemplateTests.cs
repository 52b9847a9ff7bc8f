using HybridCoach.Application.Narration;
using HybridCoach.Narrative.Guard;
using HybridCoach.Narrative.Template;
using Xunit;
using Xunit.Abstractions;

namespace HybridCoach.Narrative.Tests;

public class SubjectTemplateTests(ITestOutputHelper output)
{
    private string Text(NarrationSubject subject)
    {
        var text = SubjectTemplate.Compose(subject);
        output.WriteLine(text);
        var verdict = NarrativeGuard.Check(text, SubjectFactsBuilder.From(subject));
        Assert.True(verdict.Passed, $"{verdict} — {text}");
        return text;
    }

    // 38.21 − 32.10 = 6.11 km more; 4 of 5 planned; fatigue 8/10 and the calf niggle; next week 30.0 km, longest 14.0 km on Sunday.
    [Fact]
    public void Compose_WeeklyReview_SaysWhatChangedWhyAndWhatNext()
    {
        var text = Text(SubjectFixtures.Week);
        Assert.Contains("38.2 km in 5 runs", text, StringComparison.Ordinal);
        Assert.Contains("6.1 km more than the week before", text, StringComparison.Ordinal);
        Assert.Contains("4 of 5 planned sessions were done", text, StringComparison.Ordinal);
        Assert.Contains("Fatigue at 8/10", text, StringComparison.Ordinal);
        Assert.Contains("calf left 3/10", text, StringComparison.Ordinal);
        Assert.Contains("1 plan change", text, StringComparison.Ordinal);
        Assert.Contains("recovery week of 30.0 km", text, StringComparison.Ordinal);
        Assert.Contains("longest run of 14.0 km on Sunday", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ntervals", text, StringComparison.Ordinal);
    }

    // The same week with the change held for a decision instead of applied: the text says it waits, not that it was made.
    [Fact]
    public void Compose_WeeklyReviewWithProposalWaiting_SaysItWaits()
    {
        var text = Text(SubjectFixtures.Week with { PlanChanges = [], PendingChanges = ["p2 waiting (coach_approval): 6 day(s) to change"] });
        Assert.Contains("why a plan change was proposed; 1 proposed plan change waits for a decision", text, StringComparison.Ordinal);
        Assert.DoesNotContain("led to", text, StringComparison.Ordinal);
        Assert.DoesNotContain("adjusted", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_TempoSession_GivesPurposeMainSetPaceZoneAndGoal()
    {
        var text = Text(SubjectFixtures.TempoNote);
        Assert.Contains("Tempo 10.4 km on Thursday: Raises lactate threshold", text, StringComparison.Ordinal);
        Assert.Contains("20 min at 4:50–5:05/km", text, StringComparison.Ordinal);
        Assert.Contains("holding 4:50–5:05/km keeps you in zone 4", text, StringComparison.Ordinal);
        Assert.Contains("key session for City Half Marathon (21.1 km) in 38 days", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_RestDay_SaysRestAndWhy()
    {
        var text = Text(SubjectFixtures.TempoNote with { Session = SubjectFixtures.Rest(new DateOnly(2026, 11, 20)) });
        Assert.StartsWith("Friday is a rest day: recovery is part of the training.", text, StringComparison.Ordinal);
        Assert.Contains("City Half Marathon", text, StringComparison.Ordinal);
    }

    // 28.4 → 23.0 km, load −21.4 % → "falls by 21 %"; proposal p2 waits for the coach.
    [Fact]
    public void Compose_PlanChange_SaysWhatWhyAndWhereItStands()
    {
        var text = Text(SubjectFixtures.CalfChange);
        Assert.Contains("easy run 8 km instead of the tempo 10.4 km on Thursday", text, StringComparison.Ordinal);
        Assert.Contains("long run 15 km instead of the long run 18 km on Saturday", text, StringComparison.Ordinal);
        Assert.Contains("from 28.4 km to 23.0 km", text, StringComparison.Ordinal);
        Assert.Contains("falls by 21 %", text, StringComparison.Ordinal);
        Assert.Contains("The reason: calf: long run 18 km → 15 km.", text, StringComparison.Ordinal);
        Assert.Contains("waits for your coach's approval (proposal p2)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_AppliedChange_NamesTheVersion()
    {
        var text = Text(SubjectFixtures.CalfChange with { Route = "auto_apply", ProposalId = null, ToVersion = 4, RouteReason = "" });
        Assert.Contains("applied as plan version 4", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_MissedKeySessionsAlert_ForTheCoachWithEvidence()
    {
        var text = Text(SubjectFixtures.MissedKeySessions);
        Assert.Contains("Ana has a missed key sessions alert (e4) from Sunday 2026-11-22, at urgency 3", text, StringComparison.Ordinal);
        Assert.Contains("missed the tempo on 2026-11-19 (no activity); missed the long run on 2026-11-22", text, StringComparison.Ordinal);
        Assert.Contains("What to do: ask what is getting in the way", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_AdaptationBlockedAlert_ArticleAndNoRawIds()
    {
        var brief = new HybridCoach.Application.Narration.EscalationBrief("Ana", "e2", "adaptation_blocked", 3, new DateOnly(2026, 12, 21),
            "adaptation blocked by acwr ceiling: the travel week rule found no valid change, so those days stay as planned: decide the change yourself (approve a larger one, edit the days or regenerate the plan)",
            ["acwr_ceiling: 2027-01-10: projected ACWR 1.42 is above the moderate ceiling 1.30"], []);
        var text = Text(brief);
        Assert.Contains("Ana has an adaptation blocked alert (e2)", text, StringComparison.Ordinal);
        Assert.Contains("What happened: adaptation blocked by acwr ceiling: the travel week rule found no valid change, so those days stay as planned", text, StringComparison.Ordinal);
        Assert.Contains("What to do: decide the change yourself (approve a larger one, edit the days or regenerate the plan)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("travel_week", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("athlete request", "an athlete request")]
    [InlineData("missed key sessions", "a missed key sessions")]
    [InlineData("adaptation blocked", "an adaptation blocked")]
    [InlineData("pain flag", "a pain flag")]
    public void Article_ByFirstLetter(string phrase, string expected) =>
        Assert.Equal(expected, HybridCoach.Narrative.Template.Article.With(phrase));

    [Fact]
    public void Compose_RedFlagAlert_MostUrgentAndAssessed()
    {
        var text = Text(SubjectFixtures.RedFlag);
        Assert.Contains("urgency 1, the most urgent level", text, StringComparison.Ordinal);
        Assert.Contains("chest pain", text, StringComparison.Ordinal);
        Assert.Contains("assessed by a clinician", text, StringComparison.Ordinal);
        Assert.DoesNotContain("intervals", text, StringComparison.Ordinal);
    }
}
