using HybridCoach.Application.Narration;

namespace HybridCoach.Application.Contracts;

/// <summary>One record in `coach audit narrations --json`: id, purpose, reference, the day it is for, when, source and whether a model's text was replaced.</summary>
public sealed record NarrationSummaryJson(long Id, string Purpose, string Reference, string NarratedFor, DateTimeOffset CreatedAtUtc, string Source,
    bool FallbackUsed)
{
    public static NarrationSummaryJson From(NarrationAuditRecord r) => new(r.Id, r.Purpose.ToId(), r.Reference, RecoverySignalsJson.DateText(r.NarratedFor),
        r.CreatedAtUtc, r.Source, IsFallback(r));

    /// <summary>The template text stood in for a model's: the exchange says so, or the source is the fallback.</summary>
    public static bool IsFallback(NarrationAuditRecord r) => r.Exchange?.FallbackUsed ?? r.Source == NarrationSources.TemplateFallback;
}
