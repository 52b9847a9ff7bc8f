using System.Globalization;
using HybridCoach.Domain.Restrictions;

namespace HybridCoach.Application.Summaries;

/// <summary>
/// What is in force for the athlete (<see cref="AthleteState"/>) in plain words for the weekly review, one line each:
/// "a possible medical warning sign, so no training until a doctor has assessed it and your coach clears it",
/// "pain in the knee, so no running until your coach clears it", "your coach's hold: no hard sessions until 2026-06-10".
/// </summary>
public static class StateLines
{
    public static IReadOnlyList<string> For(AthleteState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return [.. state.Flags.Select(Flag), .. state.Holds.Select(Hold)];
    }

    private static string Flag(OpenFlag flag) => flag.Kind == OpenFlagKind.MedicalRedFlag
        ? $"a possible medical warning sign{(flag.Site is { } s ? $" ({s})" : "")}, so no training until a doctor has assessed it and your coach clears it"
        : $"pain{(flag.Site is { } site ? $" in the {site}" : "")}, so no running until your coach clears it";

    private static string Hold(CoachHold hold)
    {
        var what = hold.Kind switch
        {
            HoldKind.NoTraining => "no training",
            HoldKind.NoRunning => "no running",
            HoldKind.NoHardSessions => "no hard sessions",
            _ => string.Create(CultureInfo.InvariantCulture, $"at most {hold.MaxWeeklyKm:0.#} km of running a week"),
        };
        var until = hold.Until is { } u ? string.Create(CultureInfo.InvariantCulture, $" until {u:yyyy-MM-dd}") : " until your coach lifts it";
        return $"your coach's hold: {what}{until}";
    }
}
