using HybridCoach.Application.Narration;
using HybridCoach.Application.Summaries;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Guardrails;
using Xunit;

namespace HybridCoach.Application.Tests.Summaries;

public class WeekWellbeingFiguresTests
{
    private static readonly DateOnly Monday = new(2026, 5, 11);

    private static RecoverySignals Morning(int day, double? sleepH, int? quality = null, int? soreness = null, bool pain = false,
        Illness illness = Illness.None, Dictionary<string, int>? sites = null) =>
        new(Monday.AddDays(day), null, null, sleepH, quality, soreness, sites ?? [], pain, null, illness, null, null, null);

    [Fact]
    public void From_TwoShortNightsAndOnePoorlyRated_ThreePoorNightsByTheGuardrailsLines()
    {
        RecoverySignals[] mornings =
        [
            Morning(0, 5.5), Morning(1, 7.5, quality: 2), Morning(2, 5.5), Morning(3, 6.0, quality: 3), Morning(4, 8.0, soreness: 2),
            Morning(5, null, soreness: 1, sites: new() { ["calf"] = 5 }, pain: true), Morning(6, 7.5, illness: Illness.AboveNeck),
        ];

        var week = WeekWellbeingFigures.From(null, mornings, GuardrailCatalog.DefaultSettings);

        // Defaults: under 6 h or quality ≤ 2 (PoorSleepStreakGuardrail); 6.0 h rated 3 is not poor.
        Assert.Equal((7, 3), (week.SignalDays, week.PoorSleepNights));
        Assert.Equal((5.5 + 7.5 + 5.5 + 6.0 + 8.0 + 7.5) / 6, week.AverageSleepH!.Value, 9);
        Assert.Equal((5, 1, 1), (week.MaxSoreness!.Value, week.PainFlagDays, week.IllnessDays));
        Assert.Null(week.CheckIn);
    }

    [Fact]
    public void From_NoMornings_NoAveragesAndTheCheckInKept()
    {
        var checkIn = new CheckInLine(6, 7, ["calf left 3/10"], "tired", null);

        var week = WeekWellbeingFigures.From(checkIn, [], minSleepHours: 6, maxPoorQuality: 2);

        Assert.Same(checkIn, week.CheckIn);
        Assert.Equal((0, 0, 0, 0), (week.SignalDays, week.PoorSleepNights, week.PainFlagDays, week.IllnessDays));
        Assert.Null(week.AverageSleepH);
        Assert.Null(week.MaxSoreness);
    }
}
