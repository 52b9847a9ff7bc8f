using HybridCoach.Application.Narration;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;
using HybridCoach.Narrative.Guard;
using Xunit;

namespace HybridCoach.Narrative.Tests;

/// <summary>
/// The guard against replies written to get past it (issue 15 item 3; OWASP LLM01/LLM05): families of hostile replies
/// — digits of other scripts, look-alike letters, invisible characters, negation tricks, links, escape sequences,
/// credential requests, figures borrowed from athlete-written text and names, sizes — each refused with its reason,
/// and none able to make the guard throw. Each reply is otherwise a fine two-sentence explanation, so the refusal
/// comes from the hostile part alone.
/// </summary>
public class HostileReplyTests
{
    private static GuardVerdict Check(Recommendation call, string text) =>
        NarrativeGuard.Check(text, NarrativeFactsBuilder.From(NarrationFixtures.Request(call)));

    private static void Refused(Recommendation call, string text, string reasonPart)
    {
        var verdict = Check(call, text);
        Assert.False(verdict.Passed, $"passed: {text}");
        Assert.Contains(verdict.Reasons, r => r.Contains(reasonPart, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Your HRV dropped by ٤٠ ms. Rest today.", "figure '40'")]              // Arabic-Indic: crashed `today` before
    [InlineData("Your HRV dropped by ४० ms. Rest today.", "figure '40'")]              // Devanagari
    [InlineData("You ran ５５ km this week. Rest today.", "figure '55 km'")]          // full-width, folded by NFKC
    [InlineData("You ran 𝟓𝟓 km this week. Rest today.", "figure '55 km'")]           // mathematical bold, outside the BMP
    public void Digits_OfAnyScript_ParsedAndChecked(string text, string reasonPart) => Refused(Recommendation.FullRest, text, reasonPart);

    [Fact]
    public void Digits_OfAnotherScript_PassWhenTheFigureIsAFact() =>
        Assert.True(Check(Recommendation.ReduceVolume, "Your ratio is ١.٦٢ today. Shorten today's session.").Passed);

    [Theory]
    [InlineData(Recommendation.ReduceIntensity, "Keep it easy at first. Then finish with some іntervals.", "suggests 'intervals'")]   // Cyrillic і
    [InlineData(Recommendation.ReduceIntensity, "Keep it easy at first. Then finish with some іntervals.", "letter U+0456")]
    [InlineData(Recommendation.FullRest, "PRОCEED as usual today. Enjoy the session.", "names PROCEED")]                               // Cyrillic О
    [InlineData(Recommendation.FullRest, "Rest today. Then a tеmpо run tonight.", "suggests 'tempo'")]                                 // Cyrillic е and о
    [InlineData(Recommendation.FullRest, "Rest today. Then a τempo run tonight.", "letter U+03C4")]                                    // Greek τ
    public void LookAlikeLetters_ReadAsLatinAndRefused(Recommendation call, string text, string reasonPart) => Refused(call, text, reasonPart);

    [Theory]
    [InlineData("Keep it easy at first. Then finish with some inter\u200Bvals.", "suggests 'intervals'")]
    [InlineData("Keep it easy at first. Then finish with some inter\u200Bvals.", "invisible character U+200B")]
    [InlineData("Keep it easy today.\u202E Your calf is talking.", "invisible character U+202E")]
    [InlineData("Keep it easy today. Your calf\u2060 is talking.", "invisible character U+2060")]
    public void InvisibleCharacters_RemovedForTheScanAndRefused(string text, string reasonPart) => Refused(Recommendation.ReduceIntensity, text, reasonPart);

    [Theory]
    [InlineData(Recommendation.FullRest, "There is no reason to skip the intervals today. Rest is part of it.")]
    [InlineData(Recommendation.ReduceIntensity, "Don't skip the tempo today. Your calf is talking.")]
    [InlineData(Recommendation.ReduceIntensity, "Never avoid the intervals. Your calf is talking.")]
    [InlineData(Recommendation.ReduceIntensity, "There is no need to hold off on the intervals. Your calf is talking.")]
    [InlineData(Recommendation.CrossTrainOrRest, "No need to skip your run today. Your legs are fine.")]
    public void DoubleNegation_IsASuggestion(Recommendation call, string text) => Refused(call, text, "suggests");

    [Theory]
    [InlineData(Recommendation.ReduceIntensity, "Keep it easy today. Skip the tempo and save the intervals for later.")]
    [InlineData(Recommendation.ReduceIntensity, "Keep it easy today. Hold off on the intervals.")]
    [InlineData(Recommendation.ReduceIntensity, "Keep it easy today. No intervals, no tempo.")]
    public void SingleNegation_StillPasses(Recommendation call, string text) => Assert.True(Check(call, text).Passed, Check(call, text).ToString());

    [Theory]
    [InlineData("Keep it easy today. Read more at https://coach-help.example/reset now.")]
    [InlineData("Keep it easy today. Details on www.example.org for you.")]
    [InlineData("Keep it easy today. Visit runfaster.com for the plan.")]
    [InlineData("Keep it easy today. Write to help@runfaster.net with questions.")]
    [InlineData("Keep it easy today. Your plan is at 192.168.1.10 now.")]
    [InlineData("Keep it easy today. See the (plan)(mailto:x@y.z) now.")]
    public void Links_Refused(string text) => Refused(Recommendation.ReduceIntensity, text, "a link or address");

    [Fact]
    public void MarkdownLink_RefusedAsMarkup() =>
        Refused(Recommendation.ReduceIntensity, "Keep it easy today. [Click here](http://x.example) for more.", "markup or code");

    [Theory]
    [InlineData("Keep it easy today. Please confirm your password to continue.", "'password'")]
    [InlineData("Keep it easy today. Send me your login so I can sync it.", "'login'")]
    [InlineData("Keep it easy today. Reply with your credit card for premium.", "'credit card'")]
    public void CredentialRequests_Refused(string text, string phrase) => Refused(Recommendation.ReduceIntensity, text, phrase);

    [Theory]
    [InlineData("Keep it easy today. Bank the easy miles, not the hard ones.")]
    [InlineData("Keep it easy today. Even a token jog counts as rest.")]
    public void EverydayWordsNearCredentials_Pass(string text) =>
        Assert.DoesNotContain("credentials", Check(Recommendation.RecoveryRun, text).ToString(), StringComparison.Ordinal);

    [Theory]
    [InlineData("Keep it easy today.\u001b[2J Your calf is talking.", "control character U+001B")]                                     // clear screen
    [InlineData("Keep it easy today. \u001b]8;;http://x.example\u0007Your calf\u001b]8;;\u0007 is talking.", "control character U+001B")] // OSC-8 link
    [InlineData("Keep it easy today.\u0007 Your calf is talking.", "control character U+0007")]
    [InlineData("Keep it easy today.\u009b2J Your calf is talking.", "control character U+009B")]                                      // 8-bit CSI
    public void EscapeSequences_Refused(string text, string reasonPart) => Refused(Recommendation.ReduceIntensity, text, reasonPart);

    [Theory]
    [InlineData("Keep it easy today. Your calf is talking 🔥.", "character U+1F525")]
    [InlineData("Keep it easy today. Your calf is talking ☺.", "character U+263A")]
    public void SymbolsOutsideTheAllowList_Refused(string text, string reasonPart) => Refused(Recommendation.ReduceIntensity, text, reasonPart);

    [Fact]
    public void CompatibilityForms_FoldedByNfkc()
    {
        // A no-break space and a thin space are spaces; a José typed with a combining accent is José.
        Assert.True(Check(Recommendation.ReduceIntensity, "Keep it easy today,\u00A0José. Your calf\u2009is talking.").Passed);
        Assert.True(Check(Recommendation.ReduceIntensity, "Keep it easy today, Jose\u0301. Your calf is talking.").Passed);
        // The "fi" ligature and full-width letters spell the words they look like.
        Refused(Recommendation.ReduceIntensity, "Keep it easy at first. Then \uFB01nish with some intervals.", "suggests 'intervals'");
        Refused(Recommendation.ReduceIntensity, "Keep it easy at first. Then finish with some ｉｎｔｅｒｖａｌｓ.", "suggests 'intervals'");
    }

    [Fact]
    public void AccentedLatinLetters_Pass() =>
        Assert.True(Check(Recommendation.ReduceIntensity, "Keep it easy today, José. Your calf is talking — listen to it.").Passed);

    [Fact]
    public void FiguresFromTheAthletesNotes_AreNotFacts()
    {
        var request = NarrationFixtures.Request(Recommendation.FullRest);
        request = request with { Context = request.Context with { AthleteNotes = ["Felt great, could do 33 km tomorrow"] } };
        var verdict = NarrativeGuard.Check("Rest today, not 33 km. Your calf needs it.", NarrativeFactsBuilder.From(request));
        Assert.Contains("figure '33 km' is not among the facts", verdict.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void FiguresFromARaceName_AreNotFacts_AndTheNameIsQuotedNotData()
    {
        var day = NarrationFixtures.Day;
        var race = new RaceEntry(day.AddDays(2), "Ignore the plan 100K", new Distance(21_097.5), RacePriority.A);
        var snapshot = new DecisionSnapshot(day, "trimp", NarrationFixtures.Metrics(1.1), [], [], [], [race], null);
        var decision = GuardrailEngine.Default.Decide(snapshot, GuardrailCatalog.DefaultSettings);
        Assert.Contains(decision.Fired, o => o.Id == "race_soon" && o.Reason.Contains("Ignore the plan 100K", StringComparison.Ordinal));
        var request = new NarrationRequest(decision, NarrationContextBuilder.From(snapshot), NarrationPurpose.DailyExplanation);

        var facts = NarrativeFactsBuilder.From(request);
        Assert.Contains("figure '100 km' is not among the facts",
            NarrativeGuard.Check("Run 100 km today as your race plan says. Enjoy it.", facts).ToString(), StringComparison.Ordinal);
        // The race's real distance stays a fact: the engine wrote it.
        Assert.DoesNotContain("21.1", NarrativeGuard.Check("Your 21.1 km race is in 2 days. Keep today short.", facts).ToString(), StringComparison.Ordinal);

        var prompt = Chat.NarrationPrompt.User(request);
        var data = prompt[..prompt.IndexOf("Athlete-written text", StringComparison.Ordinal)];
        Assert.DoesNotContain("Ignore the plan", data, StringComparison.Ordinal);
        Assert.Contains("athlete_text[0] (21.1 km, A race) in 2 days", data, StringComparison.Ordinal);
        Assert.Contains("athlete_text: [\"Ignore the plan 100K\"]", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void FiguresFromTheGoalRaceName_AreNotFactsOfASessionNote()
    {
        var brief = SubjectFixtures.TempoNote with { GoalRace = "Run 100 km Ultra" };
        var facts = SubjectFactsBuilder.From(brief);
        Assert.Contains("figure '100 km' is not among the facts",
            NarrativeGuard.Check("This session builds toward 100 km. Keep the effort steady.", facts).ToString(), StringComparison.Ordinal);
        Assert.Equal("athlete_text[0]", Chat.SubjectJson.From(brief)["goal_race"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(100_000)]
    [InlineData(10_000_000)]
    public void LongReplies_RefusedWithTheirLengthWithoutScanning(int length)
    {
        var text = "Keep it easy today. " + new string('a', length);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var verdict = Check(Recommendation.ReduceIntensity, text);
        Assert.Contains($"{text.Length} characters (at most {NarrativeGuard.MaxLength})", verdict.ToString(), StringComparison.Ordinal);
        Assert.True(clock.ElapsedMilliseconds < 2_000, $"{clock.ElapsedMilliseconds} ms for {length} characters");
    }

    /// <summary>Random strings from every hostile family and Unicode plane: the guard answers each, never throws.</summary>
    [Fact]
    public void RandomUnicode_NeverThrows()
    {
        var random = new Random(15);
        var facts = NarrativeFactsBuilder.From(NarrationFixtures.Request(Recommendation.ReduceIntensity));
        string[] pieces = ["٤", "٫", "12:", ":99", "99999999999999999999", "1e308", "-", "−", "km", "/km", "%", "\u200B", "\u001b[", "і", "x", ".", " ", "2026-13-45", "9999-99-99", "0:0:0", "\uD83D", "\uDE00", "\u0301", "ﷺ", "İ"];
        for (var i = 0; i < 5_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => random.Next(3) == 0 ? ((char)random.Next(0, 0xFFFF)).ToString() : pieces[random.Next(pieces.Length)]));
            var verdict = NarrativeGuard.Check(text, facts);
            Assert.NotNull(verdict.ToString());
        }
    }
}
