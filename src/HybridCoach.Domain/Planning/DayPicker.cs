namespace HybridCoach.Domain.Planning;

/// <summary>
/// Second pass: on the free days, the long run (on the long-run day, else the last free day), the quality days
/// (never next to another hard day or a race, not in the 2 days before a race, spread as far as possible from each
/// other and from the long run; in 9-day microcycles only on the "workout, easy, easy" slots, every third day from
/// the long run), the rest days first (see <see cref="RestDays"/>), and strength on rest days.
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
        var longs = longIndex is null ? 0 : 1;
        foreach (var day in RestDays(roles, longIndex, roles.Count(r => r == DayRole.Free) - (runDaysLimit - longs))) roles[day] = DayRole.Rest;
        var hard = new bool[roles.Length];
        for (var i = 0; i < roles.Length; i++) hard[i] = roles[i] == DayRole.Race;
        var picked = BestHardDays(context, input, roles, hard, longIndex).ToList();
        foreach (var day in picked) { roles[day] = DayRole.Quality; hard[day] = true; }
        for (var q = 0; q < input.StridesSessions; q++)
        {
            if (PickQuality(context, input, roles, hard, longIndex, false) is not { } day) break;
            roles[day] = DayRole.Quality;
            picked.Add(day);
        }
        for (var i = 0; i < roles.Length; i++) if (roles[i] == DayRole.Free) roles[i] = DayRole.Easy;
        PlaceStrength(context, input, roles);
        for (var i = 0; i < roles.Length; i++) if (roles[i] == DayRole.Free) roles[i] = DayRole.Rest;
        return picked;
    }

    /// <summary>
    /// The long-run day of the week; in microcycles that are not whole weeks (a 9-day rhythm) a weekday cannot
    /// repeat, so the long run takes the cycle's last free day and the pattern repeats from one microcycle to the
    /// next (a moving long run makes the 7-day acute load jump; product rule).
    /// </summary>
    private static int? PickLong(PlanContext context, CycleFrame frame, DayRole[] roles)
    {
        int? last = null;
        var weekly = frame.LengthDays % 7 == 0;
        for (var i = 0; i < roles.Length; i++)
        {
            if (roles[i] != DayRole.Free) continue;
            if (weekly && context.Request.LongRunDay == frame.Start.AddDays(i).DayOfWeek) return i;
            last = i;
        }
        return last;
    }

    /// <summary>
    /// The quality days: the largest set (up to the number wanted) of allowed days with no two adjacent, the one
    /// with the widest smallest gap, then the farthest from the long run, then the earliest (at most C(14,3) sets).
    /// </summary>
    private static IEnumerable<int> BestHardDays(PlanContext context, CycleInput input, DayRole[] roles, bool[] hard, int? longIndex)
    {
        var candidates = Enumerable.Range(0, roles.Length).Where(i => Allowed(context, input, roles, hard, longIndex, i, true)).ToList();
        for (var count = Math.Min(input.Quality.Count, candidates.Count); count > 0; count--)
        {
            int[]? best = null;
            var bestScore = int.MinValue;
            foreach (var set in Combinations(candidates, count))
            {
                var gap = int.MaxValue;
                for (var j = 1; j < set.Length; j++) gap = Math.Min(gap, set[j] - set[j - 1]);
                if (gap < 2) continue;
                var score = 100 * Math.Min(gap, 7) + set.Sum(i => Math.Min(3, longIndex is { } l ? Math.Abs(i - l) : 3));
                if (score > bestScore) { bestScore = score; best = set; }
            }
            if (best is not null) return best;
        }
        return [];
    }

    private static IEnumerable<int[]> Combinations(List<int> items, int count, int start = 0)
    {
        if (count == 0) { yield return []; yield break; }
        for (var i = start; i <= items.Count - count; i++)
            foreach (var rest in Combinations(items, count - 1, i + 1)) yield return [items[i], .. rest];
    }

    private static bool Allowed(PlanContext context, CycleInput input, DayRole[] roles, bool[] hard, int? longIndex, int i, bool isHard)
    {
        if (roles[i] != DayRole.Free || RaceWithin(context, input.Frame.Start.AddDays(i), 2)) return false;
        if (roles.Length == RhythmCycleDays && ((i - (longIndex ?? 0)) % 3 + 3) % 3 != 0) return false;
        return !isHard || !(Hard(hard, i - 1, input.PreviousDayHard) || Hard(hard, i + 1, false));
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
    /// The free days that rest, <paramref name="count"/> of them, chosen before the workouts so the weekly pattern
    /// stays the same from one microcycle to the next (moving a rest day makes the 7-day acute load jump): the day
    /// after the long run first, then each as far as possible from the days already not running, counted around
    /// the cycle (the pattern repeats, so the last day neighbours the next cycle's first); in 9-day microcycles off
    /// the "workout" slots.
    /// </summary>
    private static IEnumerable<int> RestDays(DayRole[] roles, int? longIndex, int count)
    {
        var free = Enumerable.Range(0, roles.Length).Where(i => roles[i] == DayRole.Free).ToList();
        var idle = Enumerable.Range(0, roles.Length).Where(i => roles[i] is not (DayRole.Free or DayRole.Long)).ToList();
        var rhythm = roles.Length == RhythmCycleDays;
        var rest = new List<int>();
        while (rest.Count < Math.Min(count, free.Count))
        {
            var pick = free.Where(i => !rest.Contains(i))
                .OrderByDescending(i => longIndex is { } l && i == (l + 1) % roles.Length ? 1 : 0)
                .ThenBy(i => rhythm && longIndex is { } l && ((i - l) % 3 + 3) % 3 == 0 ? 1 : 0)
                .ThenByDescending(i => idle.Concat(rest).Select(j => Circular(i, j, roles.Length)).DefaultIfEmpty(roles.Length).Min())
                .ThenBy(i => i)
                .First();
            rest.Add(pick);
        }
        return rest;
    }

    private static int Circular(int i, int j, int length) => Math.Min(Math.Abs(i - j), length - Math.Abs(i - j));

    /// <summary>Strength on rest days away from races; when there is none, on the last easy day (at least one easy day stays).</summary>
    private static void PlaceStrength(PlanContext context, CycleInput input, DayRole[] roles)
    {
        var wanted = input.StrengthSessions;
        for (var i = roles.Length - 1; i >= 0 && wanted > 0; i--)
        {
            if (roles[i] != DayRole.Rest || RaceWithin(context, input.Frame.Start.AddDays(i), 2)) continue;
            roles[i] = DayRole.Strength;
            wanted--;
        }
        if (wanted == input.StrengthSessions && wanted > 0 && roles.Count(r => r == DayRole.Easy) >= 2)
        {
            for (var i = roles.Length - 1; i >= 0; i--)
            {
                if (roles[i] != DayRole.Easy || RaceWithin(context, input.Frame.Start.AddDays(i), 2)) continue;
                roles[i] = DayRole.Strength;
                return;
            }
        }
    }
}
