using HybridCoach.Application.Narration;
using HybridCoach.Application.Plans;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Racing;

using HybridCoach.Application.Restrictions;

namespace HybridCoach.Application.Summaries;

/// <summary>
/// What `coach session` shows: the session in force on the day (with plan version and units) — the planned one unless the
/// day's call changed it — its microcycle, the goal race, the brief narrated and its audit id, and the call behind it
/// (<see cref="InForce"/>: planned session, call, reasons), and the athlete's recent requests with the coach's answers.
/// </summary>
public sealed record SessionNote(PlannedDay Day, Microcycle Cycle, RaceEntry GoalRace, SessionBrief Brief, RecordedNarration Narration, DayInForce InForce,
    IReadOnlyList<Requests.RequestAnswer> Requests);
