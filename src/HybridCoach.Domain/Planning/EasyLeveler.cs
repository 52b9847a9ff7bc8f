namespace HybridCoach.Domain.Planning;

/// <summary>
/// Reshapes a built microcycle's easy runs (easy and strides days; never the quality, long, race or mini-taper
/// days) so its load spreads evenly over every 7-day window, keeping the microcycle's distance. The coupled ACWR
/// is 4 × the last 7 days' load ÷ the last 28 days' (Hulin/Gabbett, science.md §3); when a microcycle is not a
/// whole week (a 9-day rhythm) the 7-day windows cut it in different places, and a window that skips a rest day
/// and one easy day holds most of the cycle: the ratio spikes although the volume is right. Cutting the whole
/// microcycle cannot fix a spike of shape (the ratio is scale-free once the chronic load follows), so distance is
/// moved instead, in <see cref="GrainM"/> steps, from the easy runs inside the worst window to easy runs outside
/// it, while that lowers the highest ratio. The next microcycle is assumed to repeat this one's first days
/// (the pattern repeats), so the windows that straddle the boundary count too.
/// </summary>
public static class EasyLeveler
{
    /// <summary>Distances move in whole hundreds of metres, as sessions are rounded (<see cref="StepMaker.RoundDistance"/>).</summary>
    public const double GrainM = 100;

    /// <summary>An easy run may grow to this multiple of the microcycle's mean easy run (and never past the long run).</summary>
    public const double MaxEasyFactor = 2.0;

    public const int MaxMoves = 80;

    private const int Acute = 7;
    private const int Chronic = 28;

    /// <summary>
    /// <paramref name="priorLoads"/>: the planned/history loads of the 27 days before the microcycle, oldest first;
    /// <paramref name="counted"/>: per day of the microcycle, whether its ratio is held to the ceiling.
    /// Returns the microcycle unchanged when its highest ratio is already at most <paramref name="ceiling"/>.
    /// </summary>
    public static Microcycle Level(PlanContext context, Microcycle cycle, double[] priorLoads, bool[] counted, double ceiling)
    {
        var n = cycle.LengthDays;
        var threshold = context.Request.Fitness.ThresholdPace.SecondsPerKilometer;
        var loads = new double[priorLoads.Length + n + Acute - 1];
        priorLoads.CopyTo(loads, 0);
        var offset = priorLoads.Length;
        for (var i = 0; i < n; i++) loads[offset + i] = PlannedLoad.Of(cycle.Days[i], threshold);
        var adjustable = Adjustable(context, cycle);
        if (adjustable.Count < 2) return cycle;
        var distance = cycle.Days.Select(d => d.DistanceM).ToArray();
        var perM = PlannedLoad.Of(EasySessions.Easy(context.Kit, cycle.Start, 10_000), threshold) / 10_000;
        var (low, high) = Bounds(context, cycle, adjustable);
        var days = new Days(loads, offset, n, counted);
        var current = days.Peak();
        if (current <= ceiling) return cycle;
        var step = Math.Max(GrainM, Math.Round(distance.Where((d, i) => adjustable.Contains(i) && d > 0).DefaultIfEmpty(0).Average() / 4 / GrainM) * GrainM);
        for (var move = 0; move < MaxMoves && step >= GrainM && current > ceiling; move++)
        {
            var worst = days.Worst();
            var best = (Value: current, From: -1, To: -1, Delta: 0.0);
            foreach (var from in adjustable.Where(i => days.InWindow(i, worst) && distance[i] > 0))
                foreach (var to in adjustable.Where(i => !days.InWindow(i, worst)))
                    foreach (var amount in Amounts(cycle, distance, low, high, from, to, step))
                    {
                        if (!LongStaysLongest(cycle, distance, from, to, amount)) continue;
                        days.Shift(from, to, amount * perM);
                        var value = days.Peak();
                        days.Shift(to, from, amount * perM);
                        if (value < best.Value - 1e-9) best = (value, from, to, amount);
                    }
            if (best.From < 0) { step = Math.Floor(step / 2 / GrainM) * GrainM; continue; }
            days.Shift(best.From, best.To, best.Delta * perM);
            distance[best.From] -= best.Delta;
            distance[best.To] += best.Delta;
            current = best.Value;
        }
        return Rebuild(context, cycle, distance, adjustable);
    }

    /// <summary>
    /// The distances that may move from one day to another: one step, or the whole of an easy run (it becomes a rest
    /// day), or a whole <see cref="MicrocycleBuilder.MinEasyM"/> run onto a rest day. At low volume a microcycle's few
    /// runs each sit near their minimum, and only moving a whole run evens the 7-day windows.
    /// </summary>
    private static IEnumerable<double> Amounts(Microcycle cycle, double[] distance, double[] low, double[] high, int from, int to, double step)
    {
        var candidates = new List<double> { step };
        if (Droppable(cycle, from)) candidates.Add(distance[from]);
        if (distance[to] == 0) candidates.Add(MicrocycleBuilder.MinEasyM);
        foreach (var amount in candidates.Distinct())
        {
            var left = distance[from] - amount;
            var reached = distance[to] + amount;
            if (amount <= 0 || left < 0 || (left < low[from] && !(left == 0 && Droppable(cycle, from)))) continue;
            if (reached > high[to] || (distance[to] == 0 && reached < MicrocycleBuilder.MinEasyM)) continue;
            yield return amount;
        }
    }

    private static bool Droppable(Microcycle cycle, int day) => cycle.Days[day].Type is SessionType.Easy or SessionType.Rest;

    /// <summary>No easy run may end up longer than the long run (when the microcycle has one).</summary>
    private static bool LongStaysLongest(Microcycle cycle, double[] distance, int from, int to, double step)
    {
        var longIndex = -1;
        for (var i = 0; i < distance.Length; i++) if (cycle.Days[i].Type == SessionType.Long) longIndex = i;
        if (longIndex < 0) return true;
        var longM = distance[longIndex] + (to == longIndex ? step : 0) - (from == longIndex ? step : 0);
        for (var i = 0; i < distance.Length; i++)
        {
            if (i == longIndex || !Droppable(cycle, i)) continue;
            var m = distance[i] + (to == i ? step : 0) - (from == i ? step : 0);
            if (m > longM) return false;
        }
        return true;
    }

    /// <summary>Easy and strides days of the microcycle that are not reserved around a race (mini-taper, race eve, after a race).</summary>
    private static HashSet<int> Adjustable(PlanContext context, Microcycle cycle)
    {
        var roles = DayRoles.Reserve(context, new CycleFrame(cycle.Index, cycle.Phase, cycle.Start, cycle.LengthDays));
        var days = new HashSet<int>();
        for (var i = 0; i < cycle.LengthDays; i++)
            if (roles[i] == DayRole.Free && (cycle.Days[i].Type is SessionType.Easy or SessionType.Strides or SessionType.Long
                || (cycle.Days[i].Type == SessionType.Rest && context.Available(cycle.Days[i].Date)))) days.Add(i);
        return days;
    }

    private static (double[] Low, double[] High) Bounds(PlanContext context, Microcycle cycle, HashSet<int> adjustable)
    {
        var n = cycle.LengthDays;
        var (low, high) = (new double[n], new double[n]);
        var mean = adjustable.Where(i => cycle.Days[i].Type is not (SessionType.Long or SessionType.Rest)).Select(i => cycle.Days[i].DistanceM).DefaultIfEmpty(0).Average();
        var frame = new CycleFrame(cycle.Index, cycle.Phase, cycle.Start, cycle.LengthDays);
        var running = cycle.Days.Where(d => d.Type.IsRunning()).Sum(d => d.DistanceM);
        var longCapM = MicrocycleBuilder.LongCapM(context, frame, running);
        foreach (var i in adjustable)
        {
            var day = cycle.Days[i];
            var floor = day.Type switch
            {
                SessionType.Strides => EasySessions.MinStridesSessionM(context.Kit),
                _ => MicrocycleBuilder.MinEasyM,
            };
            low[i] = Math.Min(day.DistanceM, floor);
            high[i] = day.Type == SessionType.Long ? Math.Max(day.DistanceM, longCapM) : Math.Max(day.DistanceM, MaxEasyFactor * mean);
        }
        return (low, high);
    }

    private static Microcycle Rebuild(PlanContext context, Microcycle cycle, double[] distance, HashSet<int> adjustable)
    {
        var days = cycle.Days.ToArray();
        foreach (var i in adjustable)
        {
            if (Math.Abs(distance[i] - days[i].DistanceM) < 1) continue;
            days[i] = days[i].Type switch
            {
                _ when distance[i] < 1 => EasySessions.Rest(days[i].Date),
                SessionType.Strides => EasySessions.WithStrides(context.Kit, days[i].Date, distance[i]),
                SessionType.Long => EasySessions.Long(context.Kit, days[i].Date, distance[i]),
                _ => EasySessions.Easy(context.Kit, days[i].Date, distance[i]),
            };
        }
        return cycle with { Days = days };
    }

    /// <summary>
    /// The loads of the 27 days before the microcycle, its own days, and its first 6 days again (the next
    /// microcycle's start, assumed to repeat the pattern); the coupled ratio of each counted day.
    /// </summary>
    private sealed class Days(double[] loads, int offset, int n, bool[] counted)
    {
        private int Copy(int day) => day + n < n + Acute - 1 ? offset + n + day : -1;

        public void Shift(int from, int to, double load)
        {
            Add(from, -load);
            Add(to, load);
        }

        private void Add(int day, double load)
        {
            loads[offset + day] += load;
            if (Copy(day) is var c and >= 0) loads[c] += load;
        }

        public bool InWindow(int day, int end) =>
            Near(offset + day, end) || (Copy(day) is var c and >= 0 && Near(c, end));

        private static bool Near(int position, int end) => position <= end && position > end - Acute;

        public double Peak() => Ratio(Worst());

        public int Worst()
        {
            var (worst, value) = (-1, double.MinValue);
            for (var t = offset; t < loads.Length; t++)
            {
                var day = t - offset;
                if (day < n && !counted[day]) continue;
                if (day >= n && (day - n >= n || !counted[day - n])) continue;
                var ratio = Ratio(t);
                if (ratio > value) (worst, value) = (t, ratio);
            }
            return worst;
        }

        private double Ratio(int t)
        {
            if (t < 0) return 0;
            double acute = 0, chronic = 0;
            for (var i = Math.Max(0, t - Chronic + 1); i <= t; i++)
            {
                chronic += loads[i];
                if (i > t - Acute) acute += loads[i];
            }
            return chronic > 0 ? 4 * acute / chronic : 0;
        }
    }
}
