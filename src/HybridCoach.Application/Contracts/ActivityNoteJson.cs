namespace HybridCoach.Application.Contracts;

/// <summary>`coach activity note --json`: the activity, the notes saved and the alerts they raised for the coach.</summary>
public sealed record ActivityNoteJson(long ActivityId, string Notes, IReadOnlyList<EscalationJson> Alerts);
