using HybridCoach.Application.Inbox;

namespace HybridCoach.Cli.Output;

/// <summary>One inbox item; <c>ref</c> (athlete:id) is what `coach approve` / `coach reject` take.</summary>
public sealed record InboxItemJson(string Athlete, string Id, string Ref, string Kind, int Urgency, string Date, string Summary, IReadOnlyList<string> Evidence, string? Route)
{
    public static InboxItemJson From(InboxItem i) =>
        new(i.Athlete, i.Id, $"{i.Athlete}:{i.Id}", i.Kind, i.Urgency, RecoverySignalsJson.DateText(i.Date), i.Summary, i.Evidence, i.Route);
}
