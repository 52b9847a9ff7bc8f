namespace HybridCoach.Domain.Restrictions;

/// <summary>The snake_case ids of <see cref="HoldKind"/> and <see cref="OpenFlagKind"/>, and their parsing.</summary>
public static class HoldKinds
{
    public static string ToId(HoldKind kind) => kind switch
    {
        HoldKind.NoTraining => "no_training",
        HoldKind.NoRunning => "no_running",
        HoldKind.NoHardSessions => "no_hard_sessions",
        HoldKind.MaxWeeklyDistance => "max_weekly_distance",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown hold kind"),
    };

    public static string ToId(OpenFlagKind kind) => kind switch
    {
        OpenFlagKind.MedicalRedFlag => "medical_red_flag",
        OpenFlagKind.Pain => "pain",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown flag kind"),
    };

    public static IReadOnlyList<string> HoldIds { get; } = [.. Enum.GetValues<HoldKind>().Select(ToId)];

    /// <summary>A hold kind from its id (dashes allowed for underscores); throws naming <paramref name="field"/> and the choices.</summary>
    public static HoldKind ParseHold(string? text, string field)
    {
        var key = (text ?? "").Trim().ToLowerInvariant().Replace('-', '_');
        foreach (var kind in Enum.GetValues<HoldKind>()) if (ToId(kind) == key) return kind;
        throw new ArgumentException($"{field} '{text}': expected one of {string.Join(", ", HoldIds)}");
    }

    public static OpenFlagKind ParseFlag(string? text, string field)
    {
        var key = (text ?? "").Trim().ToLowerInvariant();
        foreach (var kind in Enum.GetValues<OpenFlagKind>()) if (ToId(kind) == key) return kind;
        throw new ArgumentException($"{field} '{text}': expected medical_red_flag or pain");
    }
}
