using HybridCoach.Application.Activities;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Application.Tests.Activities;

public sealed class DuplicateRuleTests
{
    private static readonly DateTimeOffset Start = new(2024, 5, 1, 6, 30, 0, TimeSpan.Zero);
    private static readonly DuplicateCandidate Stored = new(7, Start, new Distance(10_000));

    [Theory]
    [InlineData(59, 10_090, true)]   // 59 s, +0.9 %
    [InlineData(-59, 9_910, true)]   // 59 s earlier, -0.9 %
    [InlineData(60, 10_100, true)]   // exactly at both limits
    [InlineData(61, 10_000, false)]  // 61 s apart
    [InlineData(0, 10_110, false)]   // +1.1 %
    [InlineData(0, 9_890, false)]    // -1.1 %
    public void IsSameActivity_StartAndDistance_Within60sAnd1Percent(int secondsApart, double distanceM, bool expected)
    {
        Assert.Equal(expected, DuplicateRule.IsSameActivity(Stored, Start.AddSeconds(secondsApart), new Distance(distanceM)));
    }

    [Fact]
    public void IsSameActivity_BothWithoutDistance_Same()
    {
        var gym = new DuplicateCandidate(3, Start, Distance.Zero);

        Assert.True(DuplicateRule.IsSameActivity(gym, Start.AddSeconds(10), Distance.Zero));
    }

    [Fact]
    public void IsSameActivity_SameInstantInOtherOffset_Same()
    {
        var sameInstant = Start.ToOffset(TimeSpan.FromHours(9)).AddSeconds(30);

        Assert.True(DuplicateRule.IsSameActivity(Stored, sameInstant, new Distance(10_000)));
    }
}
