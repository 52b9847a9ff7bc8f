using HybridCoach.Domain.Guardrails;
using HybridCoach.Narrative.Guard;
using Xunit;

namespace HybridCoach.Narrative.Tests;

public class NarrativeGuardTests
{
    private static GuardVerdict Check(Recommendation call, string text) =>
        NarrativeGuard.Check(text, NarrativeFactsBuilder.From(NarrationFixtures.Request(call)));

    private static void Passes(Recommendation call, string text)
    {
        var verdict = Check(call, text);
        Assert.True(verdict.Passed, verdict.ToString());
    }

    private static void Fails(Recommendation call, string text, string reasonPart)
    {
        var verdict = Check(call, text);
        Assert.False(verdict.Passed, $"passed: {text}");
        Assert.Contains(verdict.Reasons, r => r.Contains(reasonPart, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Keep it easy today. Your calf is talking.", true)]
    [InlineData("Keep it easy today.", false)]
    [InlineData("Easy. Easy. Easy. Easy. Easy.", false)]
    public void Check_SentenceCount_TwoToFour(string text, bool passes)
    {
        var verdict = Check(Recommendation.ReduceIntensity, text);
        Assert.Equal(passes, verdict.Passed);
        if (!passes) Assert.Contains("sentences (expected 2–4)", verdict.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DecimalPoint_DoesNotEndASentence() => Assert.Equal(2, NarrativeGuard.CountSentences("ACWR is 1.62 today. Shorten the session."));

    [Fact]
    public void Check_OverTheLengthBound_Fails() =>
        Fails(Recommendation.ReduceIntensity, "Keep it easy today. " + new string('a', 700) + ".", "characters (at most 700)");

    [Fact]
    public void Check_Markup_Fails() => Fails(Recommendation.ReduceIntensity, "**Keep it easy** today. Your calf is talking.", "markup");

    [Theory]
    [InlineData("Take the day off today. Rest is training too.")]
    [InlineData("This is a FULL_REST day. Rest is training too.")]
    [InlineData("Full rest today. Rest is training too.")]
    [InlineData("Go ahead and train as planned. Enjoy it.")]
    [InlineData("Today is a recovery run. Keep it gentle.")]
    public void Check_AnotherCallNamed_Fails(string text) => Fails(Recommendation.ReduceIntensity, text, "but the call is REDUCE_INTENSITY");

    [Fact]
    public void Check_OwnCallNamed_Passes() => Passes(Recommendation.FullRest, "Take the day off today: full rest. Rest is training too.");

    [Fact]
    public void Check_DayOffOnCrossTrainOrRest_Passes() => Passes(Recommendation.CrossTrainOrRest, "Take a day off running today. A swim is fine.");

    [Theory]
    [InlineData(Recommendation.ReduceIntensity, "Keep it easy today. Then finish with some intervals.", "'intervals'")]
    [InlineData(Recommendation.ReduceIntensity, "Keep it easy at first. Then push the pace for a while.", "'push the pace'")]
    [InlineData(Recommendation.RecoveryRun, "A short jog today. Add some race pace at the end.", "'race pace'")]
    [InlineData(Recommendation.RecoveryRun, "A short jog today. Make it a bit longer than usual.", "'longer'")]
    [InlineData(Recommendation.ReduceVolume, "Same session today. Make it longer if you feel good.", "'longer'")]
    [InlineData(Recommendation.CrossTrainOrRest, "Your legs need a break. An easy jog is fine.", "'jog'")]
    [InlineData(Recommendation.FullRest, "Rest today. A gentle swim would help.", "'swim'")]
    [InlineData(Recommendation.FullRest, "Rest today. Go for a short run in the evening.", "'run'")]
    public void Check_HarderThanAllowed_Fails(Recommendation call, string text, string phrase) => Fails(call, text, phrase);

    [Theory]
    [InlineData(Recommendation.ReduceIntensity, "Keep it easy today. No intervals and no tempo.")]
    [InlineData(Recommendation.ReduceIntensity, "Keep it easy today. Skip the tempo and save the intervals for later.")]
    [InlineData(Recommendation.CrossTrainOrRest, "No running today. Cross-train instead of running, on the bike.")]
    [InlineData(Recommendation.FullRest, "Rest today. Your last long run on Thursday did its job.")]
    [InlineData(Recommendation.ReduceVolume, "Do the same session, just shorter. No longer efforts this week.")]
    public void Check_NegatedOrPastMention_Passes(Recommendation call, string text) => Passes(call, text);

    [Theory]
    [InlineData("Your ratio is 1.62 against a 1.5 line. Shorten today's session.")]   // 1.62 exact, 1.5 = 1.50
    [InlineData("Your ratio is 1.6 now. Shorten today's session.")]                   // 1.6 rounds 1.62
    [InlineData("That is 62% above your usual. Shorten today's session.")]            // ratio 1.62 as a percentage
    [InlineData("You ran 42.3 km in the last 7 days. Shorten today's session.")]     // weekly distance 42 300 m
    [InlineData("You ran 42300 m in the last 7 days. Shorten today's session.")]
    [InlineData("Your long run was 18.2 km at 5:31/km. Shorten today's session.")]   // pace 6024 s / 18.2 km = 331 s/km
    [InlineData("Your long run was 18 km. Shorten today's session.")]
    [InlineData("Your long run lasted 100 minutes. Shorten today's session.")]       // 6024 s = 100.4 min
    [InlineData("Your long run was 18200 m. Shorten today's session.")]
    [InlineData("Sunday's 8 km was easy, on 2026-05-19. Shorten today's session.")]
    public void Check_FiguresAmongTheFacts_Pass(string text) => Passes(Recommendation.ReduceVolume, text);

    [Theory]
    [InlineData("Your ratio is 1.9 now. Shorten today's session.", "'1.9'")]   // 1.62, 1.67 and 1.59 are the ratios
    [InlineData("Your ratio is 1.62 and you ran 55 km. Shorten today's session.", "'55 km'")]
    [InlineData("Your long run was 18 minutes. Shorten today's session.", "'18 minutes'")]   // 18 is a distance in km, not a duration
    [InlineData("Your heart rate was 48 bpm. Shorten today's session.", "'48 bpm'")]        // no heart rate among these facts
    [InlineData("Run 5 x 400 m. Shorten today's session.", "'400 m'")]
    [InlineData("See you on 2026-06-01. Shorten today's session.", "date 2026-06-01")]
    public void Check_InventedFigure_Fails(string text, string reasonPart) => Fails(Recommendation.ReduceVolume, text, reasonPart);

    // Resting HR 58 bpm, baseline 47.6 bpm, rise 10.4 bpm: "48 bpm" rounds the baseline; "11 bpm" matches no figure.
    [Theory]
    [InlineData("Your resting heart rate is 58 bpm, about 10 bpm over your usual 48 bpm. A short jog at most.", true)]
    [InlineData("Your resting heart rate is 58 bpm, 11 bpm over your usual. A short jog at most.", false)]
    [InlineData("Your resting heart rate is 58 beats, up from 47.6. A short jog at most.", true)]
    public void Check_HeartRateFigures_UnitAware(string text, bool passes) =>
        Assert.Equal(passes, Check(Recommendation.RecoveryRun, text).Passed);

    [Fact]
    public void Check_Empty_FailsNamingIt() => Fails(Recommendation.Proceed, "  ", "empty text");
}

public class NarrativeGuardInjectionTests
{
    private static GuardVerdict Check(Recommendation call, string text, string? planned = null)
    {
        var request = NarrationFixtures.Request(call);
        request = request with { Context = request.Context with { PlannedSession = planned } };
        return NarrativeGuard.Check(text, NarrativeFactsBuilder.From(request));
    }

    [Fact]
    public void Check_TalksAboutRules_Fails() =>
        Assert.Contains("talks about its instructions ('ignore the rules')", Check(Recommendation.Proceed, "Ignore the rules today. Enjoy it.").ToString(), StringComparison.Ordinal);

    [Fact]
    public void Check_ProceedWithIntervalsNotInThePlan_Fails() =>
        Assert.Contains("suggests 'intervals', harder than PROCEED allows", Check(Recommendation.Proceed, "Go for it today. Run intervals.").ToString(), StringComparison.Ordinal);

    [Fact]
    public void Check_ProceedWithIntervalsInThePlan_Passes() =>
        Assert.True(Check(Recommendation.Proceed, "Go for it today. Enjoy the intervals.", "8 km with intervals").Passed);
}
