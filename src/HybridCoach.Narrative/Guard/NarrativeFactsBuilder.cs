using HybridCoach.Application.Narration;

namespace HybridCoach.Narrative.Guard;

/// <summary>
/// The facts of a <see cref="NarrationRequest"/>: exactly the figures a narrator is given — the fired guardrails'
/// observed values, thresholds and reasons, the key metrics, the recent sessions, the planned session, the date,
/// and the metric windows (7, 14, 28 days) the figures are defined over. Never the athlete's notes, race names or the
/// coach's hold reasons (<see cref="QuotedText"/>): figures written by people are not facts, wherever they appear.
/// </summary>
public static class NarrativeFactsBuilder
{
    private static readonly int[] Windows = [7, 14, 28];

    public static NarrativeFacts From(NarrationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var decision = request.Decision;
        var context = request.Context;
        var quoted = context.QuotedText;
        var figures = new List<NarrativeFact>();
        var dates = new List<DateOnly> { decision.Date, decision.Date.AddDays(-1) };
        foreach (var outcome in decision.Fired)
        {
            foreach (var (key, value) in outcome.Observed) if (value is { } v) figures.Add(Keyed(key, v));
            foreach (var (key, value) in outcome.Thresholds) figures.Add(Keyed(key, value));
            AddText(QuotedText.Redact(outcome.Reason, quoted), figures, dates);
        }
        if (context.Metrics is { } m)
        {
            figures.AddRange([Plain(m.Load), Plain(m.ChronicLoad), Plain(m.AcuteLoad), Plain(m.Form), Plain(m.ConsecutiveTrainingDays),
                new(m.WeeklyDistanceM, FactUnit.Metres), new(m.WeeklyTimeS, FactUnit.Seconds)]);
            foreach (var value in new[] { m.AcwrCoupled, m.AcwrUncoupled, m.AcwrEwma, m.Monotony, m.Strain, m.DaysSinceRest })
                if (value is { } v) figures.Add(Plain(v));
            dates.Add(m.Day);
        }
        AddSessions(context.RecentSessions, figures, dates);
        if (context.PlannedSession is { } planned) AddText(QuotedText.Redact(planned, quoted), figures, dates);
        figures.AddRange(Windows.Select(w => Plain(w)));
        return new NarrativeFacts(decision.Recommendation, figures, dates, EffortCeiling.Of(decision.Recommendation, context.PlannedSession));
    }

    private static void AddSessions(IReadOnlyList<RecentSession> sessions, List<NarrativeFact> figures, List<DateOnly> dates)
    {
        foreach (var s in sessions)
        {
            figures.Add(new(s.DistanceM, FactUnit.Metres));
            figures.Add(new(s.DurationS, FactUnit.Seconds));
            if (s.PaceSPerKm is { } pace) figures.Add(new(pace, FactUnit.SecondsPerKm));
            dates.Add(s.Date);
        }
        figures.Add(Plain(sessions.Count));
        figures.Add(Plain(sessions.Count(s => s.IsRun)));
        figures.Add(new(sessions.Where(s => s.IsRun).Sum(s => s.DistanceM), FactUnit.Metres));
        figures.Add(new(sessions.Sum(s => s.DistanceM), FactUnit.Metres));
    }

    public static void AddText(string text, List<NarrativeFact> figures, List<DateOnly> dates)
    {
        dates.AddRange(NumberMentions.Dates(text));
        figures.AddRange(NumberMentions.Figures(text).Select(f => new NarrativeFact(f.Value, f.Unit)));
    }

    private static NarrativeFact Plain(double value) => new(value, FactUnit.Plain);

    /// <summary>The unit from the key's suffix (the engine's keys carry units: <c>run_km</c>, <c>rise_bpm</c>, <c>min_relative_form_pct</c>, <c>duration_min</c>, <c>average_sleep_h</c>).</summary>
    public static NarrativeFact Keyed(string key, double value) =>
        key.EndsWith("_km", StringComparison.Ordinal) || key.EndsWith("_km_per_week", StringComparison.Ordinal) ? new(value * 1000, FactUnit.Metres)
        : key.EndsWith("_mi", StringComparison.Ordinal) ? new(value * 1609.344, FactUnit.Metres)
        : key.EndsWith("_m", StringComparison.Ordinal) ? new(value, FactUnit.Metres)
        : key.EndsWith("_s", StringComparison.Ordinal) ? new(value, FactUnit.Seconds)
        : key.EndsWith("_min", StringComparison.Ordinal) ? new(value * 60, FactUnit.Seconds)
        : key.EndsWith("_h", StringComparison.Ordinal) ? new(value * 3600, FactUnit.Seconds)
        : key.EndsWith("_bpm", StringComparison.Ordinal) ? new(value, FactUnit.Bpm)
        : key.EndsWith("_pct", StringComparison.Ordinal) ? new(value, FactUnit.Percent)
        : Plain(value);
}
