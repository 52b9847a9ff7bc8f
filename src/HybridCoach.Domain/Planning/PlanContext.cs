using HybridCoach.Domain.Racing;

namespace HybridCoach.Domain.Planning;

/// <summary>The fixed context of a plan: request, variant, preset, session kit, races on the calendar.</summary>
public sealed record PlanContext(PlanRequest Request, VariantSettings Settings, RunnerPreset Preset, SessionKit Kit, IReadOnlyList<RaceEntry> Races)
{
    public bool Available(DateOnly day) =>
        Request.AvailableDays.Contains(day.DayOfWeek) && !Request.ClearDays.Contains(day.DayOfWeek);

    public RaceEntry? RaceOn(DateOnly day) => Races.FirstOrDefault(r => r.Date == day);
}
