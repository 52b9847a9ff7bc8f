using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Planning;
using Xunit;
using static HybridCoach.Domain.Tests.Adaptation.AdaptationScenario;

namespace HybridCoach.Domain.Tests.Adaptation;

/// <summary>
/// Unavailable days and travel weeks always take effect (issue 13 item 4): on every Sunday check-in of the loading
/// weeks, with the athlete having done everything as planned or only 60 % of it (a lower chronic load, where dropping
/// sessions lifts a later week's ACWR over the ceiling), a holiday of Tuesday to Friday — with and without a travel
/// week — leaves no training on those days, no rule blocked, and a plan with no violation it did not have.
/// </summary>
public class CalendarRulesSafetyTests
{
    /// <summary>The last loading week a travel week is tried on (the taper: <see cref="Adapt_HolidayAndTravelInTheTaper_TakeEffect"/>).</summary>
    private const int LastTravelWeek = 13;

    public static TheoryData<int, double, bool> Cases()
    {
        var data = new TheoryData<int, double, bool>();
        foreach (var week in Enumerable.Range(1, 14))
            foreach (var done in new[] { 1.0, 0.6 })
                foreach (var travel in week <= LastTravelWeek ? new[] { false, true } : [false])
                    data.Add(week, done, travel);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Adapt_HolidayThursdayFriday_NoTrainingThoseDaysAndValid(int week, double done, bool travel)
    {
        var sunday = Plan.Start.AddDays(7 * week - 1);
        var holiday = Enumerable.Range(2, 4).Select(i => sunday.AddDays(i)).ToList();
        var actual = AsPlanned(sunday, distanceFactor: done, loadFactor: done);
        var result = Adapt(sunday, CheckIn(request: new AdjustmentRequest(null, holiday, travel, null, false)), actual);

        Assert.DoesNotContain(result.BlockedRules, b => b.RuleId is "unavailable_days" or "travel_week"
            ? throw new Xunit.Sdk.XunitException($"{b.RuleId} blocked by {string.Join("; ", b.Violations.Select(v => v.Message))}") : false);
        var standing = PlanValidator.Validate(Plan, Request).Select(v => v.InvariantId).ToHashSet();
        Assert.All(result.Violations, v => Assert.Contains(v.InvariantId, standing));
        Assert.All(holiday, d => Assert.True(result.Plan.Sessions.Single(s => s.Date == d).Type is SessionType.Rest or SessionType.Race,
            $"{d}: {result.Plan.Sessions.Single(s => s.Date == d).Type}"));
        Assert.All(result.Changes, c => Assert.True(c.Date > sunday));
        Assert.True(result.Plan.Microcycles.Sum(c => c.PlannedDistanceM) <= Plan.Microcycles.Sum(c => c.PlannedDistanceM) + 1);
    }

    /// <summary>A holiday in the taper (week 15 of 16) with a travel week takes effect: the taper's cut counts the running
    /// the holiday took away as the taper was designed, so a deeper taper the athlete cannot avoid is not refused.</summary>
    [Fact]
    public void Adapt_HolidayAndTravelInTheTaper_TakeEffect()
    {
        var sunday = Plan.Start.AddDays(7 * 14 - 1);
        var holiday = Enumerable.Range(2, 4).Select(i => sunday.AddDays(i)).ToList();
        Assert.Equal(Phase.Taper, Plan.Microcycles.Single(c => c.Start <= holiday[0] && c.End >= holiday[0]).Phase);

        var result = Adapt(sunday, CheckIn(request: new AdjustmentRequest(null, holiday, true, null, false)));

        Assert.Empty(result.BlockedRules);
        Assert.All(holiday, d => Assert.Equal(SessionType.Rest, result.Plan.Sessions.Single(s => s.Date == d).Type));
        Assert.Empty(result.Violations);
    }

    [Fact]
    public void Adapt_HolidayAfterUnderTraining_LowersLaterWeeksAndSaysWhy()
    {
        var sunday = Plan.Start.AddDays(7 * 2 - 1);
        var holiday = Enumerable.Range(2, 4).Select(i => sunday.AddDays(i)).ToList();
        var before = PlanAdapter.Adapt(Plan, Request, CheckIn(request: new AdjustmentRequest(null, holiday, false, null, false)),
            PlanMatcher.Match(Plan, AsPlanned(sunday, 0.6, 0.6), sunday, ThresholdSPerKm), [], sunday);
        Assert.Empty(before.BlockedRules);
        Assert.Contains(before.Changes, c => c.Kind == ChangeKind.Removed || c.Kind == ChangeKind.Moved);
        var ramp = before.Changes.Where(c => c.Reason.Contains("a lower ramp back", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(ramp);
        Assert.All(ramp, c => Assert.True(c.After!.DistanceM <= c.Before!.DistanceM && !(c.After.Hard && !c.Before.Hard)));
        Assert.Empty(before.Violations);
    }
}
