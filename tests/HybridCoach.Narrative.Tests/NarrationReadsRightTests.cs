using HybridCoach.Application.Narration;
using HybridCoach.Narrative.Template;
using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Narrative.Tests;

/// <summary>
/// Every template, rendered with every reason kind and every route a plan change can take, reads right
/// (<see cref="NarrationReadability"/>: no raw ids, right articles, no doubled words or capitalised titles
/// mid-sentence, no "waits" beside "applied"), and the load percentage it states is the brief's figure.
/// </summary>
public class NarrationReadsRightTests
{
    private const int Cases = 400;

    /// <summary>Where a change can stand: the policy's three routes, a diff between versions in force, and a held change since approved.</summary>
    public static TheoryData<string, long?, long?> Routes() => new()
    {
        { "auto_apply", 3, null },
        { "suggest_to_athlete", null, 2 },
        { "coach_approval", null, 2 },
        { "applied", 4, null },
        { "coach_approval", 4, null },       // approved by the coach: in force, never "waits"
        { "suggest_to_athlete", 4, null },   // accepted by the athlete
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public void PlanChange_EveryReasonKindOnEveryRoute_ReadsRight(string route, long? toVersion, long? proposal)
    {
        var generator = new SubjectGenerator(seed: 11);
        for (var i = 0; i < Cases; i++)
        {
            var change = generator.Change() with
            {
                Route = route, ToVersion = toVersion, ProposalId = proposal,
                RouteReason = proposal is null && toVersion is not null && route != "auto_apply" ? "approved by Ana" : "it lowers the planned load by 12 %, more than 10 %",
            };
            var text = SubjectTemplate.Compose(change);
            Assert.True(NarrationReadability.Problems(text) is [], $"{route} #{i}: {string.Join("; ", NarrationReadability.Problems(text))} — {text}");
            if (change.LoadChangePct is { } pct && Math.Round(pct) != 0)
                Assert.Contains($"the planned load {(pct < 0 ? "falls" : "rises")} by {Math.Abs(Math.Round(pct)):0} %", text, StringComparison.Ordinal);
            if (toVersion is not null) Assert.DoesNotContain("waits", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("week")]
    [InlineData("session")]
    [InlineData("escalation")]
    public void EverySubjectKind_ReadsRight(string kind)
    {
        var generator = new SubjectGenerator(seed: 13);
        for (var i = 0; i < Cases; i++)
        {
            NarrationSubject subject = kind switch
            {
                "week" => generator.Week(),
                "session" => generator.SessionNote(),
                _ => generator.Escalation(),
            };
            var text = SubjectTemplate.Compose(subject);
            Assert.True(NarrationReadability.Problems(text) is [], $"{kind} #{i}: {string.Join("; ", NarrationReadability.Problems(text))} — {text}");
        }
    }

    [Theory]
    [InlineData("The plan changes 1 day: rest instead of the easy run 6 km on Wednesday.", new string[0])]
    [InlineData("It waits because of unavailable_days.", new[] { "raw id 'unavailable_days'" })]
    [InlineData("Routed by load_reduction.small here.", new[] { "raw id 'load_reduction'" })]
    [InlineData("You have a easy run and an tempo, then a 8 km run.", new[] { "article 'a easy'", "article 'an tempo'", "article 'a 8'" })]
    [InlineData("Rest instead of the Easy run.", new[] { "title capitalised mid-sentence 'the Easy'" })]
    [InlineData("It is applied as plan version 3. It waits for your coach.", new[] { "tense: 'is applied' and 'waits for' in one text" })]
    [InlineData("An hour, a unit, an 11 km run and the the end; \"a apple_pie\" is quoted.", new[] { "doubled word 'the the'" })]
    public void Checker_FindsWhatReadsWrong(string text, string[] expected) =>
        Assert.Equal(expected, NarrationReadability.Problems(text));
}
