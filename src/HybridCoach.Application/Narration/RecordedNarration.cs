namespace HybridCoach.Application.Narration;

/// <summary>A narration shown to someone and the id of its audit record.</summary>
public sealed record RecordedNarration(Narration Narration, long AuditId)
{
    public string Text => Narration.Text;
    public string Source => Narration.Source;
}
