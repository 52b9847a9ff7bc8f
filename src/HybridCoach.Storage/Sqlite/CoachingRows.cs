using System.Globalization;

namespace HybridCoach.Storage.Sqlite;

/// <summary>Dapper row for check_ins (column names map with underscores).</summary>
internal sealed class CheckInRow
{
    public long Id { get; set; }
    public string WeekStart { get; set; } = "";
    public long Effort { get; set; }
    public long Fatigue { get; set; }
    public string NigglesJson { get; set; } = "";
    public string? Notes { get; set; }
    public string? RequestText { get; set; }
    public string RequestJson { get; set; } = "";
    public string CreatedAtUtc { get; set; } = "";
}

/// <summary>Dapper row for session_adjustments.</summary>
internal sealed class AdjustmentRow
{
    public long Id { get; set; }
    public long PlanVersion { get; set; }
    public string SessionDate { get; set; } = "";
    public string OriginalJson { get; set; } = "";
    public string ReplacementJson { get; set; } = "";
    public string Reason { get; set; } = "";
    public string ChangesJson { get; set; } = "";
    public string Status { get; set; } = "";
    public string CreatedAtUtc { get; set; } = "";
    public string? DecidedAtUtc { get; set; }
}

/// <summary>Dapper row for proposals.</summary>
internal sealed class ProposalRow
{
    public long Id { get; set; }
    public string Category { get; set; } = "";
    public string Summary { get; set; } = "";
    public string PayloadJson { get; set; } = "";
    public string Route { get; set; } = "";
    public string RuleId { get; set; } = "";
    public string RouteReason { get; set; } = "";
    public string Status { get; set; } = "";
    public string CreatedAtUtc { get; set; } = "";
    public string? DecidedBy { get; set; }
    public string? DecisionReason { get; set; }
    public string? DecidedAtUtc { get; set; }
}

/// <summary>Dapper row for escalations.</summary>
internal sealed class EscalationRow
{
    public long Id { get; set; }
    public string Kind { get; set; } = "";
    public long Urgency { get; set; }
    public string AlertDate { get; set; } = "";
    public string Summary { get; set; } = "";
    public string EvidenceJson { get; set; } = "";
    public string DedupKey { get; set; } = "";
    public string Status { get; set; } = "";
    public string CreatedAtUtc { get; set; } = "";
    public string? DecidedBy { get; set; }
    public string? DecisionReason { get; set; }
    public string? DecidedAtUtc { get; set; }
    public string? Site { get; set; }
}

/// <summary>Date and time codes of the coaching tables: ISO dates, the dialect's UTC time text.</summary>
internal static class CoachingCodes
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset at) => (string)SqliteDialect.Instance.ToDbTime(at);

    public static DateTimeOffset ParseTime(string text) => SqliteDialect.Instance.FromDbTime(text);

    public static DateTimeOffset? ParseTimeOrNull(string? text) => text is null ? null : ParseTime(text);
}

internal sealed class HoldRow
{
    public long Id { get; set; }
    public string Kind { get; set; } = "";
    public string StartsOn { get; set; } = "";
    public string? Until { get; set; }
    public double? MaxWeeklyKm { get; set; }
    public string Reason { get; set; } = "";
    public string PlacedBy { get; set; } = "";
    public string PlacedAtUtc { get; set; } = "";
    public string? LiftedBy { get; set; }
    public string? LiftReason { get; set; }
    public string? LiftedOn { get; set; }
    public string? LiftedAtUtc { get; set; }
}
