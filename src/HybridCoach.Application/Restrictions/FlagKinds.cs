using HybridCoach.Domain.Oversight;
using HybridCoach.Domain.Restrictions;
using HybridCoach.Application.Coaching;

namespace HybridCoach.Application.Restrictions;

/// <summary>Which escalation kinds are flags that hold the athlete back until the coach clears them.</summary>
public static class FlagKinds
{
    public static string MedicalRedFlag { get; } = CoachingIds.ToId(EscalationKind.MedicalRedFlag);
    public static string PainFlag { get; } = CoachingIds.ToId(EscalationKind.PainFlag);

    public static IReadOnlyList<string> All { get; } = [MedicalRedFlag, PainFlag];

    public static bool IsFlag(string kind) => All.Contains(kind);

    public static OpenFlag ToFlag(StoredEscalation alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var kind = alert.Kind == MedicalRedFlag ? OpenFlagKind.MedicalRedFlag
            : alert.Kind == PainFlag ? OpenFlagKind.Pain
            : throw new ArgumentException($"alert {CoachingIds.Escalation(alert.Id)}: kind {alert.Kind} is not a flag");
        return new OpenFlag(CoachingIds.Escalation(alert.Id), kind, alert.Date, alert.Site, alert.Summary);
    }
}
