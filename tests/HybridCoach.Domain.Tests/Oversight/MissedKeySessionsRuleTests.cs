using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Oversight;
using HybridCoach.Domain.Planning;
using Xunit;
using static HybridCoach.Domain.Tests.Oversight.EscalationTestData;

namespace HybridCoach.Domain.Tests.Oversight;

public class MissedKeySessionsRuleTests
{
    [Fact]
    public void Detect_TempoAndLongRunMissedWithEasyDoneBetween_Fires()
    {
        var sessions = new[]
        {
            Match(Ago(6), SessionType.Tempo, SessionStatus.Missed),
            Match(Ago(5), SessionType.Easy, SessionStatus.Done),
            Match(Ago(3), SessionType.Long, SessionStatus.Missed),
        };
        var alert = Assert.Single(MissedKeySessionsRule.Detect(Input(sessions: sessions)));
        Assert.Equal((3, Ago(3)), (alert.Urgency, alert.Date));
        Assert.Equal("2 key sessions missed in a row (tempo, long): ask what is getting in the way.", alert.Summary);
        Assert.Equal(["2026-03-23 tempo: missed (no activity)", "2026-03-26 long: missed (no activity)"], alert.Evidence);
    }

    [Fact]
    public void Detect_MissedKeySessionsSeparatedByOneDone_DoesNotFire()
    {
        var sessions = new[]
        {
            Match(Ago(6), SessionType.Vo2Intervals, SessionStatus.Missed),
            Match(Ago(4), SessionType.Tempo, SessionStatus.Partial),
            Match(Ago(2), SessionType.Long, SessionStatus.Missed),
        };
        Assert.Empty(MissedKeySessionsRule.Detect(Input(sessions: sessions)));
    }

    [Fact]
    public void Detect_TwoMissedEasyRuns_DoesNotFire()
    {
        Assert.Empty(MissedKeySessionsRule.Detect(Input(sessions: [Match(Ago(3), SessionType.Easy, SessionStatus.Missed), Match(Ago(2), SessionType.Recovery, SessionStatus.Missed)])));
    }

    [Fact]
    public void Detect_StreakEndedThreeWeeksAgo_IsNotRaisedAgain()
    {
        var sessions = new[] { Match(Ago(24), SessionType.Tempo, SessionStatus.Missed), Match(Ago(21), SessionType.Long, SessionStatus.Missed) };
        Assert.Empty(MissedKeySessionsRule.Detect(Input(sessions: sessions)));
    }
}
