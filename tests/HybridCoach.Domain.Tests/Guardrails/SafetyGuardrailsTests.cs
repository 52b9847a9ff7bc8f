using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Guardrails;
using Xunit;
using static HybridCoach.Domain.Tests.Guardrails.SafetySnapshots;

namespace HybridCoach.Domain.Tests.Guardrails;

public class SafetyGuardrailsTests
{
    [Fact]
    public void All_IdsAndSettings_AreNamespacedAndSourced()
    {
        Assert.Equal(
            ["medical_red_flag_open", "pain_report_open", "coach_hold", "unavailable_day", "pain_flag", "illness", "resting_hr_elevated", "hrv_suppressed", "poor_sleep_streak", "high_soreness",
             "injury_site_soreness", "life_stress_high", "race_soon", "race_recovery"],
            SafetyGuardrails.All.Select(g => g.Id));
        foreach (var guardrail in SafetyGuardrails.All)
        {
            foreach (var setting in guardrail.Settings)
            {
                Assert.StartsWith(guardrail.Id + ".", setting.Id);
                Assert.False(string.IsNullOrWhiteSpace(setting.Source), setting.Id);
                Assert.False(string.IsNullOrWhiteSpace(setting.Description), setting.Id);
            }
        }
    }

    [Fact]
    public void Evaluate_EmptySnapshot_NothingFiresNothingThrows()
    {
        var settings = GuardrailSettings.Defaults(SafetyGuardrails.All.SelectMany(g => g.Settings));
        var outcomes = SafetyGuardrails.All.Select(g => g.Evaluate(On(Day), settings)).ToList();
        Assert.All(outcomes, o => Assert.False(o.Fired));
        Assert.Equal(["medical_red_flag_open", "pain_report_open", "coach_hold", "unavailable_day", "injury_site_soreness", "race_soon", "race_recovery"], outcomes.Where(o => o.Evaluated).Select(o => o.Id));
    }

    [Fact]
    public void Evaluate_ShuffledLists_SameOutcomes()
    {
        var settings = GuardrailSettings.Defaults(SafetyGuardrails.All.SelectMany(g => g.Settings));
        var signals = Before(30, (d, i) => Signals(d, restingHr: 48 + i % 5, hrvMs: 55 + i % 7, sleepHours: i >= 28 ? 5 : 7.5, sleepQuality: 3))
            .Append(Signals(Day, restingHr: 56, hrvMs: 40, sleepHours: 5, soreness: 3, sites: Sites(("calf", 3), ("knee", 2)), lifeStress: 5))
            .ToList();
        List<HybridCoach.Domain.Racing.RaceEntry> races = [Race(Day.AddDays(-5), 10), Race(Day.AddDays(2), 5, name: "Parkrun"), RaceMiles(Day.AddDays(-30), 26.2)];
        Injury[] injuries = [Injury("calf"), Injury("knee")];
        var ordered = SafetyGuardrails.All.Select(g => g.Evaluate(On(Day, signals, injuries, races), settings)).ToList();
        for (var seed = 1; seed <= 5; seed++)
        {
            var random = new Random(seed);
            var shuffled = On(Day, signals.OrderBy(_ => random.Next()), injuries.OrderBy(_ => random.Next()), races.OrderBy(_ => random.Next()));
            var outcomes = SafetyGuardrails.All.Select(g => g.Evaluate(shuffled, settings)).ToList();
            for (var i = 0; i < outcomes.Count; i++)
            {
                Assert.Equal(ordered[i].AsksFor, outcomes[i].AsksFor);
                Assert.Equal(ordered[i].Reason, outcomes[i].Reason);
                Assert.Equal(ordered[i].Observed, outcomes[i].Observed);
                Assert.Equal(ordered[i].Thresholds, outcomes[i].Thresholds);
            }
        }
        Assert.Contains(ordered, o => o.Fired);
    }
}
