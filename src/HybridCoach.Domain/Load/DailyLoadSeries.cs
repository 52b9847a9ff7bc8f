namespace HybridCoach.Domain.Load;

/// <summary>
/// Per-day sums, indexed by day from <see cref="FirstDay"/> to <see cref="LastDay"/>: load, running distance
/// and time, total time. Days without activity are 0 (rest days count). Entries after the as-of day are
/// ignored. <see cref="HistoryStart"/> is the index of the first day with an activity (on or before as-of),
/// or null when there is none; the EWMAs are seeded there.
/// </summary>
public sealed class DailyLoadSeries
{
    private DailyLoadSeries(DateOnly firstDay, int days, int? historyStart)
    {
        FirstDay = firstDay;
        Load = new double[days];
        RunDistanceM = new double[days];
        RunTimeS = new double[days];
        TimeS = new double[days];
        HistoryStart = historyStart;
    }

    public DateOnly FirstDay { get; }
    public DateOnly LastDay => FirstDay.AddDays(Load.Length - 1);
    public int? HistoryStart { get; }
    public double[] Load { get; }
    public double[] RunDistanceM { get; }
    public double[] RunTimeS { get; }
    public double[] TimeS { get; }
    public int Count => Load.Length;

    public DateOnly DayAt(int index) => FirstDay.AddDays(index);

    /// <summary>Covers from the earlier of <paramref name="from"/> and the first activity, through <paramref name="to"/>.</summary>
    public static DailyLoadSeries Build(IReadOnlyList<DatedLoad> entries, DateOnly from, DateOnly to, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (to < from) throw new ArgumentException($"the range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})", nameof(to));
        DateOnly? earliest = null;
        foreach (var entry in entries)
        {
            Validate(entry);
            if (entry.Day <= asOf && entry.Day <= to && (earliest is null || entry.Day < earliest)) earliest = entry.Day;
        }
        var first = earliest is { } e && e < from ? e : from;
        var series = new DailyLoadSeries(first, to.DayNumber - first.DayNumber + 1,
            earliest is { } start ? start.DayNumber - first.DayNumber : null);
        foreach (var entry in entries)
        {
            if (entry.Day > asOf || entry.Day > to || entry.Day < first) continue;
            var i = entry.Day.DayNumber - first.DayNumber;
            series.Load[i] += entry.Load;
            series.RunDistanceM[i] += entry.RunDistanceM;
            series.RunTimeS[i] += entry.RunTimeS;
            series.TimeS[i] += entry.TimeS;
        }
        return series;
    }

    private static void Validate(DatedLoad entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!(entry.Load >= 0) || double.IsInfinity(entry.Load))
            throw new ArgumentException($"load {entry.Load} on {entry.Day:yyyy-MM-dd} is not a finite value of 0 or more", nameof(entry));
        if (!(entry.RunDistanceM >= 0) || !(entry.RunTimeS >= 0) || !(entry.TimeS >= 0))
            throw new ArgumentException($"distance and times on {entry.Day:yyyy-MM-dd} must be 0 or more", nameof(entry));
    }
}
