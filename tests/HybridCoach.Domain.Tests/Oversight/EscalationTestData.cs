using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Oversight;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Domain.Tests.Oversight;

/// <summary>Builders for escalation inputs; the as-of day is Sunday 2026-03-29.</summary>
internal static class EscalationTestData
{
    public static readonly DateOnly AsOf = new(2026, 3, 29);

    public static DateOnly Ago(int days) => AsOf.AddDays(-days);

    public static RecoverySignals Signal(DateOnly date, int? restingHr = null, int? soreness = null, bool pain = false, string? painSite = null,
        int? lifeStress = null, int? motivation = null, string? note = null, (string Site, int Value)? sore = null) =>
        new(date, restingHr, null, null, null, soreness,
            sore is { } s ? new Dictionary<string, int> { [s.Site] = s.Value } : new Dictionary<string, int>(),
            pain, painSite, Illness.None, lifeStress, motivation, note);

    public static CheckIn CheckIn(DateOnly weekStart, string? notes = null, params Niggle[] niggles) =>
        new(weekStart, 5, 5, niggles, notes, AdjustmentRequest.None);

    public static SessionMatch Match(DateOnly date, SessionType type, SessionStatus status) =>
        new(new PlannedSession(date, type, 10000, 3000, [], null, "p", []), status, [], 0, 0, 0, status == SessionStatus.Missed ? "no activity" : "matched");

    public static EscalationInput Input(IReadOnlyList<CheckIn>? checkIns = null, IReadOnlyList<RecoverySignals>? signals = null,
        IReadOnlyList<SessionMatch>? sessions = null) => new(AsOf, checkIns ?? [], signals ?? [], sessions ?? []);

    /// <summary>Resting HR of 50 bpm on each of the 14 mornings before <paramref name="firstDay"/>.</summary>
    public static IEnumerable<RecoverySignals> Baseline(DateOnly firstDay) =>
        Enumerable.Range(1, 14).Select(i => Signal(firstDay.AddDays(-i), restingHr: 50));
}
