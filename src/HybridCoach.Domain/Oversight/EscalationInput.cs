using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Athletes;

namespace HybridCoach.Domain.Oversight;

/// <summary>
/// What <see cref="EscalationDetector"/> looks at, as of a day ("today" is a parameter): the athlete's weekly
/// check-ins, daily recovery signals, how planned sessions went, other notes (activities), and the settings. Anything dated after
/// <see cref="AsOf"/> is ignored.
/// </summary>
public sealed record EscalationInput(DateOnly AsOf, IReadOnlyList<CheckIn> CheckIns, IReadOnlyList<RecoverySignals> Signals,
    IReadOnlyList<SessionMatch> Sessions, EscalationSettings? Settings = null, IReadOnlyList<DatedNote>? Notes = null)
{
    /// <summary>Other athlete-written texts (activity notes), up to <see cref="AsOf"/>.</summary>
    public IReadOnlyList<DatedNote> Notes { get; } = [.. (Notes ?? []).Where(n => n.Date <= AsOf).OrderBy(n => n.Date)];

    public IReadOnlyList<CheckIn> CheckIns { get; } =
        [.. (CheckIns ?? throw new ArgumentException("check_ins: must not be null")).Where(c => c.WeekStart <= AsOf).OrderBy(c => c.WeekStart)];

    public IReadOnlyList<RecoverySignals> Signals { get; } =
        [.. (Signals ?? throw new ArgumentException("signals: must not be null")).Where(s => s.Date <= AsOf).OrderBy(s => s.Date)];

    public IReadOnlyList<SessionMatch> Sessions { get; } =
        [.. (Sessions ?? throw new ArgumentException("sessions: must not be null")).Where(s => s.Planned.Date <= AsOf).OrderBy(s => s.Planned.Date)];

    public EscalationSettings Settings { get; } = Settings ?? EscalationSettings.Default;

    /// <summary>Daily signals inside the last <see cref="EscalationSettings.SignalLookbackDays"/> days.</summary>
    public IEnumerable<RecoverySignals> RecentSignals => Signals.Where(s => s.Date.DayNumber > AsOf.DayNumber - Settings.SignalLookbackDays);

    /// <summary>Check-ins whose week started inside the last <see cref="EscalationSettings.EventLookbackDays"/> days.</summary>
    public IEnumerable<CheckIn> RecentCheckIns => CheckIns.Where(IsRecent);

    public bool IsRecent(CheckIn checkIn) => IsRecentEvent(checkIn.WeekStart);

    public bool IsRecentEvent(DateOnly date) => date.DayNumber > AsOf.DayNumber - Settings.EventLookbackDays;
}
