using HybridCoach.Application.Narration;
using HybridCoach.Application.Plans;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Racing;

namespace HybridCoach.Application.Summaries;

/// <summary>What `coach session` shows: the planned day (with plan version and units), its microcycle, the goal race, the brief narrated and its audit id.</summary>
public sealed record SessionNote(PlannedDay Day, Microcycle Cycle, RaceEntry GoalRace, SessionBrief Brief, RecordedNarration Narration);
