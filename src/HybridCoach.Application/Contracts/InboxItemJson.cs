using HybridCoach.Application.Inbox;

namespace HybridCoach.Application.Contracts;

/// <summary>
/// One inbox item; <c>ref</c> (athlete:id) is what `coach approve` / `coach reject` take. The item's latest narration
/// (text, source, narration audit id) is null when it was never narrated.
/// </summary>
public sealed record InboxItemJson(string Athlete, string Id, string Ref, string Kind, int Urgency, string Date, string Summary, IReadOnlyList<string> Evidence,
    string? Route, string? Narrative, string? NarrativeSource, long? NarrationAuditId)
{
    public static InboxItemJson From(InboxItem i) =>
        new(i.Athlete, i.Id, $"{i.Athlete}:{i.Id}", i.Kind, i.Urgency, RecoverySignalsJson.DateText(i.Date), i.Summary, i.Evidence, i.Route,
            i.Narrative?.Text, i.Narrative?.Source, i.Narrative?.Id);
}
