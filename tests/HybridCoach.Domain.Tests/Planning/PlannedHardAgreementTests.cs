using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Planning;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

/// <summary>
/// The planner's "hard" is the one rule (<see cref="HardSessionRule"/>): for every session of every variant, the
/// session is hard exactly when it is a race or its paces — measured against the athlete's threshold, independently of
/// the zone labels the planner wrote — put at least 5 min at or above threshold. Marathon-pace work is moderate.
/// </summary>
public class PlannedHardAgreementTests
{
    [Theory]
    [InlineData(5000, 12, RunnerType.FiveTenKRacer)]
    [InlineData(10000, 10, RunnerType.Beginner)]
    [InlineData(21097.5, 16, RunnerType.MultiRace)]
    [InlineData(21097.5, 14, RunnerType.Masters)]
    [InlineData(42195, 18, RunnerType.Marathoner)]
    public void Generated_EverySession_HardByTheMeasuredRule(double raceM, int weeks, RunnerType type)
    {
        var request = PlanRequests.For(raceM, weeks, type);
        var sessions = SeasonPlanner.GenerateAll(request).SelectMany(p => p.Sessions).ToList();
        foreach (var s in sessions)
        {
            var measured = s.Type == SessionType.Race
                || HardSessionRule.IsHard(null, NeverHarderMeasures.Of(s, request.Fitness.ThresholdPace).HardSeconds, race: false);
            Assert.True(measured == s.Hard, $"{s.Date:yyyy-MM-dd} {s.Type.ToId()}: planner says hard={s.Hard}, paces say {measured}");
        }
        Assert.Contains(sessions, s => s.Hard && s.Type != SessionType.Race);
        Assert.Contains(sessions, s => s.Type == SessionType.Strides && !s.Hard);
    }

    [Fact]
    public void MarathonPaceSession_ModerateNotHard()
    {
        var request = PlanRequests.For(42195, 18, RunnerType.Marathoner);
        var marathonPace = SeasonPlanner.Generate(request, PlanVariant.Moderate).Sessions.First(s => s.Type == SessionType.RacePace);
        Assert.Equal(0, PlannedIntensity.SecondsAtOrAboveThreshold(marathonPace));
        Assert.False(marathonPace.Hard);
    }
}
