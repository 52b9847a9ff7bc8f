namespace HybridCoach.Domain.Planning;

/// <summary>
/// Second pass: on the free days, the long run (on the long-run day, else the last free day), the quality days
/// (never next to another hard day or a race, not in the 2 days before a race, spread as far as possible from each
/// other and from the long run; in 9-day microcycles only on the "workout, easy, easy" slots, every third day from
/// the long run), the run days up to the preset's limit, and strength on the free days left.
/// </summary>
public static class DayPicker
{
    public const int RhythmCycleDays = 9;

    /// <summary>Sets the roles in place; returns the quality days in the order of <see cref="CycleInput.Quality"/>, then the strides days.</summary>
    public static IReadOnlyList<int> Pick(PlanContext context, CycleInput input, DayRole[] roles, int runDaysLimit)
    {
        var frame = input.Frame;
        var longIndex = input.LongRunM > 0 ? PickLong(context, frame, roles) : null;
        if (longIndex is { } l) roles[l] = DayRole.Long;
        var hard = new bool[roles.Length];
        for (var i = 0; i < roles.Length; i++) hard[i] = roles[i] == DayRole.Race;
        var picked = new List<int>();
        for (var q = 0; q < input.Quality.Count + input.StridesSessions; q++)
        {
            var isHard = q < input.Quality.Count;
            var pick = PickQuality(context, input, roles, hard, longIndex, isHard);
            if (pick is not { } day) break;
            roles[day] = DayRole.Quality;
            hard[day] = isHard;
            picked.Add(day);
        }
        var runDays = roles.Count(r => r is DayRole.Long or DayRole.Quality);
        var strength = input.StrengthSessions;
        // One strength day is kept even when running could use every free day (as long as one easy day remains).
        if (strength > 0 && roles.Count(r => r == DayRole.Free) >= 2 && FreeAwayFromRaces(context, input.Frame, roles) is { } kept)
        {
            roles[kept] = DayRole.Strength;
            strength--;
        }
        foreach (var day in EasyDays(roles, longIndex, runDaysLimit - runDays)) roles[day] = DayRole.Easy;
        for (var i = 0; i < roles.Length && strength > 0; i++)
        {
            if (roles[i] != DayRole.Free) continue;
            roles[i] = DayRole.Strength;
            strength--;
        }
        for (var i = 0; i < roles.Length; i++) if (roles[i] == DayRole.Free) roles[i] = DayRole.Rest;
        return picked;
    }

    /// <summary>The last free day not in the 2 days before a race (strength leaves the legs heavy).</summary>
    private static int? FreeAwayFromRaces(PlanContext context, CycleFrame frame, DayRole[] roles)
    {
        for (var i = roles.Length - 1; i >= 0; i--)
            if (roles[i] == DayRole.Free && !RaceWithin(context, frame.Start.AddDays(i), 2)) return i;
        return null;
    }

    private static int? PickLong(PlanContext context, CycleFrame frame, DayRole[] roles)
    {
        int? last = null;
        for (var i = 0; i < roles.Length; i++)
        {
            if (roles[i] != DayRole.Free) continue;
            if (context.Request.LongRunDay == frame.Start.AddDays(i).DayOfWeek) return i;
            last = i;
        }
        return last;
    }

    private static int? PickQuality(PlanContext context, CycleInput input, DayRole[] roles, bool[] hard, int? longIndex, bool isHard)
    {
        int? best = null;
        var bestScore = int.MinValue;
        var rhythm = roles.Length == RhythmCycleDays;
        for (var i = 0; i < roles.Length; i++)
        {
            if (roles[i] != DayRole.Free) continue;
            var date = input.Frame.Start.AddDays(i);
            if (RaceWithin(context, date, 2)) continue;
            if (rhythm && ((i - (longIndex ?? 0)) % 3 + 3) % 3 != 0) continue;
            if (isHard && (Hard(hard, i - 1, input.PreviousDayHard) || Hard(hard, i + 1, false))) continue;
            var score = 10 * Math.Min(3, DistanceTo(hard, i, input.PreviousDayHard)) + Math.Min(3, longIndex is { } l ? Math.Abs(i - l) : 3);
            if (score > bestScore) { bestScore = score; best = i; }
        }
        return best;
    }

    private static bool RaceWithin(PlanContext context, DateOnly date, int days)
    {
        for (var d = 1; d <= days; d++) if (context.RaceOn(date.AddDays(d)) is not null) return true;
        return false;
    }

    private static bool Hard(bool[] hard, int i, bool beforeStart) => i < 0 ? beforeStart : i < hard.Length && hard[i];

    private static int DistanceTo(bool[] hard, int i, bool previousDayHard)
    {
        var best = previousDayHard ? i + 1 : int.MaxValue;
        for (var j = 0; j < hard.Length; j++) if (hard[j] && j != i) best = Math.Min(best, Math.Abs(j - i));
        return best;
    }

    /// <summary>
    /// The free days that become easy runs, <paramref name="count"/> at most. The others rest, spread out: the day
    /// after the long run first, then each next rest day as far as possible from the days already not running —
    /// clustered rest would pack the load into one 7-day window and raise the acute load.
    /// </summary>
    private static IEnumerable<int> EasyDays(DayRole[] roles, int? longIndex, int count)
    {
        var free = Enumerable.Range(0, roles.Length).Where(i => roles[i] == DayRole.Free).ToList();
        var restCount = free.Count - Math.Max(0, count);
        if (restCount <= 0) return free;
        var idle = Enumerable.Range(0, roles.Length).Where(i => roles[i] is DayRole.Unavailable).ToList();
        var rest = new List<int>();
        while (rest.Count < restCount)
        {
            var pick = free.Where(i => !rest.Contains(i))
                .OrderByDescending(i => longIndex is { } l && i == l + 1 ? 1 : 0)
                .ThenByDescending(i => idle.Concat(rest).Select(j => Math.Abs(i - j)).DefaultIfEmpty(roles.Length).Min())
                .ThenBy(i => i)
                .First();
            rest.Add(pick);
        }
        return free.Where(i => !rest.Contains(i));
    }
}
