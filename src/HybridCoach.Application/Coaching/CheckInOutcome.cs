using HybridCoach.Application.Summaries;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Coaching;

/// <summary>A submitted check-in: what was sent, what it raised and changed, the week's review, and the plan's distance unit to show it in.</summary>
public sealed record CheckInOutcome(CheckIn CheckIn, CheckInResult Result, WeeklySummary Summary, DistanceUnit Units);
