namespace HybridCoach.Storage.Sqlite;

/// <summary>A plan version's note as stored (plan_version_notes).</summary>
internal sealed class PlanVersionNoteRow
{
    public string Source { get; set; } = "";
    public string Summary { get; set; } = "";
    public string? DecidedBy { get; set; }
}

/// <summary>One changed day of a plan version as stored (plan_changes).</summary>
internal sealed class PlanChangeNoteRow
{
    public string SessionDate { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Reason { get; set; } = "";
}
