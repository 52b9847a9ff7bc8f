using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Tests.Decisions;

/// <summary>A snapshot using every field of every part, with lists out of order and doubles that only round-trip in full precision.</summary>
internal static class DecisionSamples
{
    public static readonly DateOnly Day = new(2026, 5, 20);

    public static DecisionSnapshot Snapshot(int runs = 5, bool pain = false) => new(
        Day,
        "rss",
        new DailyMetrics(Day.AddDays(-1), 0.1 + 0.2, 1.2345678901234567, 0.98, 1.1, 41.7, 45.2, -3.5000000000000004, 1.4, 300.25, 42_195.5, 14_400, 3, 3),
        [.. Enumerable.Range(0, runs).Reverse().Select(i => new ActivityFact(100 + i, Day.AddDays(-1 - 2 * i), i == 2 ? Sport.Cycling : Sport.Running,
            10_000 + i / 3.0, 3_000 + i, 50 + 1 / 3.0, i == 1))],
        [
            new RecoverySignals(Day, 48, 61.5, 7.25, 4, 3, new Dictionary<string, int> { ["knee"] = 2, ["calf"] = 4 }, pain, pain ? "calf" : null,
                Illness.AboveNeck, 2, 4, "heavy \"legs\""),
            RecoverySignals.Empty(Day.AddDays(-3)),
        ],
        [new Injury("calf", BodySide.Left, new DateOnly(2025, 3, 1), 6, "strain"), new Injury("achilles", BodySide.Both, new DateOnly(2024, 1, 9), 3, null)],
        [new RaceEntry(Day.AddDays(10), "City 10k", Distance.FromKilometers(10), RacePriority.A), new RaceEntry(Day.AddDays(-20), "Parkrun", new Distance(5000), RacePriority.C)],
        new EasyPaceHeartRateFact(1.0 / 3, 7));
}
