namespace HybridCoach.Domain.Activities;

/// <summary>
/// What the sessions of a recording state together. A total is only stated when every session states
/// it: a sum over some sessions would silently drop the others, so the summary derives it instead.
/// </summary>
public sealed class SessionTotals
{
    private readonly IReadOnlyList<RecordedSession> _sessions;

    public SessionTotals(IReadOnlyList<RecordedSession> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        _sessions = sessions;
    }

    public bool Any => _sessions.Count > 0;

    /// <summary>The one sport of all sessions; <see cref="Sport.Multisport"/> when they differ; Other without sessions.</summary>
    public Sport Sport => _sessions.Count == 0 ? Sport.Other
        : _sessions.All(s => s.Sport == _sessions[0].Sport) ? _sessions[0].Sport
        : Sport.Multisport;

    /// <summary>The sub-sport when every session shares sport and sub-sport, else null.</summary>
    public string? SubSport => _sessions.Count > 0 && _sessions.All(s => s.Sport == _sessions[0].Sport && s.SubSport == _sessions[0].SubSport)
        ? _sessions[0].SubSport
        : null;

    public DateTimeOffset? Start => _sessions.Count > 0 ? _sessions.Min(s => s.StartTime) : null;

    public double? Sum(Func<RecordedSession, double?> value) => AllStated(value) ? _sessions.Sum(s => value(s)!.Value) : null;

    public double? Max(Func<RecordedSession, double?> value) => AllStated(value) ? _sessions.Max(s => value(s)!.Value) : null;

    /// <summary>
    /// The mean weighted by each session's timer time (an average heart rate or cadence over the whole
    /// recording); a plain mean when some session lacks a positive timer time.
    /// </summary>
    public double? TimeWeightedMean(Func<RecordedSession, double?> value)
    {
        if (!AllStated(value)) return null;
        if (_sessions.Count == 1) return value(_sessions[0]);
        if (!_sessions.All(s => s.TimerTime?.Seconds > 0)) return _sessions.Average(s => value(s)!.Value);
        var weight = _sessions.Sum(s => s.TimerTime!.Value.Seconds);
        return _sessions.Sum(s => value(s)!.Value * s.TimerTime!.Value.Seconds) / weight;
    }

    private bool AllStated(Func<RecordedSession, double?> value) =>
        _sessions.Count > 0 && _sessions.All(s => value(s) is { } v && double.IsFinite(v));
}
