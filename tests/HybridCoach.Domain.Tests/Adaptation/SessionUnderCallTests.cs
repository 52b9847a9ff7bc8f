using FsCheck;
using FsCheck.Fluent;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;
using Xunit;
using static HybridCoach.Domain.Tests.Adaptation.SessionAdjusterTestData;

namespace HybridCoach.Domain.Tests.Adaptation;

/// <summary>The session a call allows: by hand for the 45-minute tempo (threshold 4:15/km), and over generated sessions for every call.</summary>
public class SessionUnderCallTests
{
    private static PlannedSession Under(Recommendation call, PlannedSession? planned = null) =>
        SessionUnderCall.Apply(planned ?? Tempo(), call, Context());

    [Fact]
    public void Apply_Proceed_KeepsTheSessionItself()
    {
        var tempo = Tempo();
        Assert.Same(tempo, Under(Recommendation.Proceed, tempo));
        Assert.Same(tempo, Under(Recommendation.NeedsMoreData, tempo));
    }

    [Fact]
    public void Apply_ReduceIntensity_TempoBecomesEasyRunOfTheSameTime()
    {
        var easy = Under(Recommendation.ReduceIntensity);
        Assert.Equal((SessionType.Easy, 45 * 60.0), (easy.Type, easy.DurationS));
        Assert.False(easy.Hard);
        Assert.True(NeverHarderMeasures.Of(easy, Threshold).TopZone <= 2);
        Assert.EndsWith("(changed by the day's call: reduce intensity)", easy.Purpose, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_ReduceIntensity_EasyRunStaysAsPlanned()
    {
        var easy = Easy(40);
        Assert.Same(easy, Under(Recommendation.ReduceIntensity, easy));
    }

    [Fact]
    public void Apply_RecoveryRun_TwoThirdsOfTheTimeInZoneOne()
    {
        var recovery = Under(Recommendation.RecoveryRun);
        Assert.Equal((SessionType.Recovery, 30 * 60.0, "z1"), (recovery.Type, recovery.DurationS, recovery.ZoneId));
    }

    [Fact]
    public void Apply_ReduceVolume_SameSessionTwoThirdsLongAndNotCutAgain()
    {
        var shorter = Under(Recommendation.ReduceVolume);
        Assert.Equal(SessionType.Tempo, shorter.Type);
        Assert.Equal(30 * 60.0, shorter.DurationS, 0);
        Assert.Equal(Recommendation.ReduceVolume, SessionUnderCall.AlreadyUnder(shorter));
        Assert.Same(shorter, Under(Recommendation.ReduceVolume, shorter));
        Assert.Equal(SessionType.Rest, Under(Recommendation.FullRest, shorter).Type);
    }

    [Fact]
    public void Apply_CrossTrainOrRest_CrossTrainingOfNoMoreLoad()
    {
        var cross = Under(Recommendation.CrossTrainOrRest);
        Assert.Equal(SessionType.CrossTraining, cross.Type);
        Assert.True(LoadOf(cross) <= LoadOf(Tempo()) + 1e-9);
        Assert.Null(NeverHarderMeasures.Of(cross, Threshold).HardestPace);
    }

    [Fact]
    public void Apply_FullRest_RestAndAStrongerCallStillChangesAnEarlierChange()
    {
        var easy = Under(Recommendation.ReduceIntensity);
        var rest = Under(Recommendation.FullRest, easy);
        Assert.Equal(SessionType.Rest, rest.Type);
        Assert.Equal(Recommendation.FullRest, SessionUnderCall.AlreadyUnder(rest));
        Assert.Same(easy, Under(Recommendation.ReduceIntensity, easy));
    }

    private static readonly Arbitrary<(PlannedSession Session, Recommendation Call, int ThresholdS)> Cases = (
        from thresholdS in Gen.Choose(200, 400)
        from session in SessionAdjusterPropertyTests.SessionGen(new Pace(thresholdS), Day)
        from call in Gen.Elements(Enum.GetValues<Recommendation>())
        select (session, call, thresholdS)).ToArbitrary();

    [Fact]
    public void Apply_AnySessionAndCall_NeverHarderAllowedByTheCallAndStable()
    {
        Prop.ForAll(Cases, c =>
        {
            var context = new AdjusterContext(new Pace(c.ThresholdS), null, [], []);
            var result = SessionUnderCall.Apply(c.Session, c.Call, context);
            var allowed = c.Call switch
            {
                Recommendation.FullRest => result.Type is SessionType.Rest || c.Session.Type == SessionType.Rest,
                Recommendation.CrossTrainOrRest => !result.Type.IsRunning() && result.Type != SessionType.Strength || c.Session.Type == SessionType.Rest,
                Recommendation.ReduceIntensity => !result.Hard && NeverHarderMeasures.Of(result, context.ThresholdPace).TopZone <= 2
                    || c.Session.Type == SessionType.Rest,
                _ => true,
            };
            return NeverHarder.Check(c.Session, result, context.ThresholdPace).Passed && result.Date == Day && allowed
                && ReferenceEquals(result, SessionUnderCall.Apply(result, c.Call, context));
        }).QuickCheckThrowOnFailure();
    }
}
