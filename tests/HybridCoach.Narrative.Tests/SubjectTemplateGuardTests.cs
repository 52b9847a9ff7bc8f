using HybridCoach.Application.Narration;
using HybridCoach.Narrative.Guard;
using HybridCoach.Narrative.Template;
using Xunit;

namespace HybridCoach.Narrative.Tests;

/// <summary>Every subject template text passes the same guard a model's text must pass, over 400 generated subjects of each kind.</summary>
public class SubjectTemplateGuardTests
{
    private const int Cases = 400;

    public static TheoryData<string> Kinds() => new(["week", "session", "change", "escalation"]);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Compose_GeneratedSubjects_PassTheGuard(string kind)
    {
        var generator = new SubjectGenerator(seed: 7);
        for (var i = 0; i < Cases; i++)
        {
            NarrationSubject subject = kind switch
            {
                "week" => generator.Week(),
                "session" => generator.SessionNote(),
                "change" => generator.Change(),
                _ => generator.Escalation(),
            };
            var text = SubjectTemplate.Compose(subject);
            var verdict = NarrativeGuard.Check(text, SubjectFactsBuilder.From(subject));
            Assert.True(verdict.Passed, $"{kind} #{i}: {verdict} — {text}");
            Assert.InRange(NarrativeGuard.CountSentences(text), 2, 4);
            Assert.InRange(text.Length, 60, NarrativeGuard.MaxLength);
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Compose_SameSubject_SameText(string kind)
    {
        var subject = SubjectFixtures.ByName(kind);
        Assert.Equal(SubjectTemplate.Compose(subject), SubjectTemplate.Compose(subject));
    }

    [Fact]
    public void Compose_WeeksAcrossTheYear_VaryInWording()
    {
        var openings = Enumerable.Range(0, 12).Select(w => SubjectTemplate.Compose(SubjectFixtures.Week with { WeekStart = SubjectFixtures.WeekStart.AddDays(7 * w) }).Split(' ')[0]).Distinct().Count();
        Assert.True(openings >= 2, "one opening for 12 weeks");
    }

    [Fact]
    public void Check_SubjectTextNamingACallId_Fails()
    {
        var verdict = NarrativeGuard.Check("You ran 38.2 km in 5 runs. Next week is REDUCE_INTENSITY.", SubjectFactsBuilder.From(SubjectFixtures.Week));
        Assert.Contains("names the call REDUCE_INTENSITY", verdict.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SubjectTextWithRecoveryRunAndRestDay_Passes()
    {
        var verdict = NarrativeGuard.Check("Next week starts with a rest day. The recovery run on Tuesday is 6 km.", SubjectFactsBuilder.From(SubjectFixtures.Week));
        Assert.True(verdict.Passed, verdict.ToString());
    }

    [Theory]
    [InlineData("Tempo 10.4 km on Thursday. Hold 4:50–5:05/km in zone 4 for 20 min.", true)]
    [InlineData("Tempo 10.4 km on Thursday. Finish with 6 x 200 m strides.", false)]
    [InlineData("Tempo 10.4 km on Thursday. Hold 4:40/km for 25 min.", false)]
    public void Check_SessionNote_OnlyWhatThePlanHolds(string text, bool passes) =>
        Assert.Equal(passes, NarrativeGuard.Check(text, SubjectFactsBuilder.From(SubjectFixtures.TempoNote)).Passed);

    [Fact]
    public void Check_EscalationSuggestingIntervals_Fails()
    {
        var verdict = NarrativeGuard.Check("Ana missed two key sessions. Tell her to run intervals to catch up.", SubjectFactsBuilder.From(SubjectFixtures.MissedKeySessions));
        Assert.Contains("suggests 'intervals', harder than an escalation alert allows", verdict.ToString(), StringComparison.Ordinal);
    }
}
