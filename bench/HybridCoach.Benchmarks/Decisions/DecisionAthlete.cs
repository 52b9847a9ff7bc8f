using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Racing;

namespace HybridCoach.Benchmarks.Decisions;

/// <summary>
/// One synthetic athlete as the nightly batch would load them: every activity of the year (loads in date order,
/// with each one's RPE), the recovery signals of the last 60 mornings, the injury history and the race calendar.
/// </summary>
public sealed record DecisionAthlete(DatedLoad[] Loads, int[] Rpe, RecoverySignals[] Signals, Injury[] Injuries, RaceEntry[] Races);
