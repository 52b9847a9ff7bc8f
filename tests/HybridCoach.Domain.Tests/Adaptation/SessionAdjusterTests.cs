using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Planning;
using Xunit;
using static HybridCoach.Domain.Tests.Adaptation.SessionAdjusterTestData;

namespace HybridCoach.Domain.Tests.Adaptation;

public class SessionAdjusterTests
{
    [Fact]
    public void Propose_TiredBeforeTempo_GivesThirtyMinuteRecoveryRunAtRecoveryPace()
    {
        var adjustment = SessionAdjuster.Propose(Tempo(), "Legs heavy after the weekend", Context());
        var r = adjustment.Replacement;
        Assert.Equal(SessionType.Recovery, r.Type);
        Assert.Equal(30 * 60, r.DurationS); // 2/3 of 45 min
        var pace = Assert.Single(r.Steps).Pace!.Value;
        // Recovery band: 72–78.5 % of threshold speed → 5:24.8–5:54.2/km at T 4:15/km.
        Assert.InRange(pace.Fast.SecondsPerKilometer, 255 / 0.785 - 0.5, 255 / 0.72);
        Assert.InRange(pace.Slow.SecondsPerKilometer, 255 / 0.785, 255 / 0.72 + 0.5);
        // 0.5 h × IF² × 100 with IF 0.72–0.785 → 25.9–30.8; the tempo is ≈ 62.
        Assert.InRange(LoadOf(r), 25.9, 30.9);
        Assert.InRange(LoadOf(Tempo()), 60, 64);
        Assert.Contains("reason read as tired", adjustment.Changes);
    }

    [Fact]
    public void Propose_TiredBeforeTwoHourLongRun_CapsRecoveryAtFortyMinutes()
    {
        var longRun = Easy(120) with { Type = SessionType.Long };
        Assert.Equal(40 * 60, SessionAdjuster.Propose(longRun, "so tired, slept badly", Context()).Replacement.DurationS);
    }

    [Fact]
    public void Propose_CalfNiggleOnEasyHour_GivesCrossTrainingOfSimilarLoad()
    {
        var easy = Easy(60);
        var r = SessionAdjuster.Propose(easy, "My calf is tight", Context()).Replacement;
        Assert.Equal(SessionType.CrossTraining, r.Type);
        Assert.Equal(0, r.DistanceM);
        // Easy hour at IF ≈ 0.835 ≈ 69.7; cross-training counts 56.25 per hour → 74 whole minutes, under the 75-min cap.
        Assert.Equal(74 * 60, r.DurationS);
        Assert.InRange(LoadOf(r), 0.95 * LoadOf(easy), LoadOf(easy));
    }

    [Fact]
    public void Propose_NiggleAtInjuryHistorySite_TakesEightyPercentOfTheLoad()
    {
        var easy = Easy(60);
        var adjustment = SessionAdjuster.Propose(easy, "achilles feels a bit sore", Context());
        Assert.Equal(SessionType.CrossTraining, adjustment.Replacement.Type);
        Assert.InRange(LoadOf(adjustment.Replacement), 0.75 * LoadOf(easy), 0.8 * LoadOf(easy));
        Assert.Contains("reason read as niggle (achilles, in the injury history)", adjustment.Changes);
    }

    [Fact]
    public void Propose_ShortOnTimeWithThirtyMinutes_CutsTheIntervalSessionToThirtyMinutes()
    {
        var r = SessionAdjuster.Propose(Vo2(), "Only 30 min today, meetings", Context()).Replacement;
        Assert.Equal(SessionType.Vo2Intervals, r.Type);
        // f = 30/50: warm-up 9 min, 3 × (3 + 2) min, cool-down 6 min = 30 min.
        Assert.Equal(30 * 60, r.DurationS);
        Assert.Equal(3, r.Steps[1].Repeats);
        Assert.Equal(9 * 60, r.Steps[0].DurationS);
    }

    [Fact]
    public void Propose_ShortOnTimeNextToHardDay_GivesEasyRunInstead()
    {
        var yesterday = Tempo(Day.AddDays(-1));
        var r = SessionAdjuster.Propose(Vo2(), "busy day, short on time", Context(yesterday)).Replacement;
        Assert.Equal(SessionType.Easy, r.Type);
        Assert.False(r.Hard);
    }

    [Fact]
    public void Propose_ShortOnTimeWithHardDayTwoDaysAway_KeepsTheHardSession()
    {
        var r = SessionAdjuster.Propose(Vo2(), "short on time", Context(Tempo(Day.AddDays(-2)))).Replacement;
        Assert.Equal(SessionType.Vo2Intervals, r.Type);
        // f = 2/3: warm-up 10 min, floor(5 × 2/3) = 3 repeats of 5 min, cool-down 6:40 → 31:40.
        Assert.Equal(3, r.Steps[1].Repeats);
        Assert.Equal(10 * 60 + 15 * 60 + 400, r.DurationS);
    }

    [Fact]
    public void Propose_Sick_GivesRest()
    {
        var r = SessionAdjuster.Propose(Tempo(), "I think I have the flu", Context()).Replacement;
        Assert.Equal(SessionType.Rest, r.Type);
        Assert.Empty(r.Steps);
        Assert.Equal(0, LoadOf(r));
    }

    [Fact]
    public void Propose_NegatedSickness_ReadsTheRestOfTheReason()
    {
        var adjustment = SessionAdjuster.Propose(Tempo(), "not sick, just tired", Context());
        Assert.Equal(SessionType.Recovery, adjustment.Replacement.Type);
    }

    [Fact]
    public void Propose_OtherReasonOnHardDay_GivesEasyRunOfTheSameTime()
    {
        var r = SessionAdjuster.Propose(Tempo(), "the track is closed", Context()).Replacement;
        Assert.Equal(SessionType.Easy, r.Type);
        Assert.Equal(45 * 60, r.DurationS);
    }

    [Fact]
    public void Propose_OtherReasonOnEasyDay_ShortensToEightyPercent()
    {
        var r = SessionAdjuster.Propose(Easy(60), "rainy and dark", Context()).Replacement;
        Assert.Equal(SessionType.Easy, r.Type);
        Assert.Equal(48 * 60, r.DurationS);
    }

    [Fact]
    public void Propose_TiredOnStrengthDay_GivesRest()
    {
        var strength = SessionKit.Make(Day, SessionType.Strength, [], null, "Strength.", [], 40 * 60);
        Assert.Equal(SessionType.Rest, SessionAdjuster.Propose(strength, "tired", Context()).Replacement.Type);
    }

    [Fact]
    public void Propose_ListsTypeDurationAndLoadChanges()
    {
        var changes = SessionAdjuster.Propose(Tempo(), "tired", Context()).Changes;
        Assert.Contains("type tempo → recovery run", changes);
        Assert.Contains("duration 45 → 30 min", changes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Propose_EmptyReason_ThrowsNamingTheReason(string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => SessionAdjuster.Propose(Tempo(), reason, Context()));
        Assert.StartsWith("reason: must not be empty", error.Message);
    }
}
