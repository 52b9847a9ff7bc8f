using System.Text.Json;
using HybridCoach.Application.Narration;

namespace HybridCoach.Application.Contracts;

/// <summary>
/// `coach audit narration ID --json`: the whole narration record — the text shown, its source, the subject the
/// narrator was given (as a nested object) and, when a model was asked, provider, model, the full prompt, the raw
/// response, the guard's verdict, latency and whether the template text was used instead.
/// </summary>
public sealed record NarrationRecordJson(long Id, string Purpose, string Reference, string NarratedFor, DateTimeOffset CreatedAtUtc, string Text,
    string Source, JsonElement Subject, string? Provider, string? Model, string? Prompt, string? Response, string? GuardVerdict, long? LatencyMs,
    bool FallbackUsed)
{
    public static NarrationRecordJson From(NarrationAuditRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        using var subject = JsonDocument.Parse(r.SubjectJson);
        var x = r.Exchange;
        return new NarrationRecordJson(r.Id, r.Purpose.ToId(), r.Reference, RecoverySignalsJson.DateText(r.NarratedFor), r.CreatedAtUtc, r.Text, r.Source,
            subject.RootElement.Clone(), x?.Provider, x?.Model, x?.Prompt, x?.Response, x?.GuardVerdict, x?.LatencyMs, NarrationSummaryJson.IsFallback(r));
    }
}
