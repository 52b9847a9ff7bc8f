using HybridCoach.Application.Coaching;
using HybridCoach.Application.Coaching.Records;
using HybridCoach.Application.Narration;
using HybridCoach.Domain.Athletes;

namespace HybridCoach.Application.Summaries;

/// <summary>The check-in that reports on a week, as a <see cref="CheckInLine"/>.</summary>
public static class CheckInLines
{
    /// <summary>
    /// The newest check-in whose 7-day week shares at least <see cref="MinimumOverlapDays"/> days with the week
    /// (check-ins are kept by their own first day, which need not be the summary's): the majority of its days.
    /// Several for the same week: the last recorded. Null when none does.
    /// </summary>
    public const int MinimumOverlapDays = 4;

    public static StoredCheckIn? ForWeek(IEnumerable<StoredCheckIn> checkIns, DateOnly weekStart)
    {
        ArgumentNullException.ThrowIfNull(checkIns);
        return checkIns.Where(c => Overlap(c.WeekStart, weekStart) >= MinimumOverlapDays)
            .OrderBy(c => Overlap(c.WeekStart, weekStart)).ThenBy(c => c.WeekStart).ThenBy(c => c.Id).LastOrDefault();
    }

    public static CheckInLine From(StoredCheckIn checkIn)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        var niggles = CoachingJson.ReadNiggles(checkIn.NigglesJson).Select(Niggle).ToList();
        return new CheckInLine(checkIn.Effort, checkIn.Fatigue, niggles, Blank(checkIn.Notes), Blank(checkIn.RequestText));
    }

    /// <summary>"calf left 3/10" (a midline site: "lower_back central 2/10").</summary>
    public static string Niggle(Niggle niggle)
    {
        ArgumentNullException.ThrowIfNull(niggle);
        return $"{niggle.Site} {niggle.Side.ToString().ToLowerInvariant()} {niggle.Severity}/10";
    }

    private static int Overlap(DateOnly a, DateOnly b) => Math.Max(0, 7 - Math.Abs(a.DayNumber - b.DayNumber));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
