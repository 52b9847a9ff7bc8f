using System.Globalization;
using HybridCoach.Application.Decisions;

namespace HybridCoach.Application.Narration;

/// <summary>
/// The hash chain over the narration audit (issue 15 item 6), as <see cref="DecisionChain"/> is over the decisions:
/// SHA-256 over the previous record's hash and every field — id, purpose, reference, day, time, the subject given,
/// the text shown, its source and the model exchange.
/// </summary>
public static class NarrationChain
{
    public static string Hash(string previousHash, NarrationAuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(previousHash);
        ArgumentNullException.ThrowIfNull(record);
        var llm = record.Exchange;
        return ChainHash.Of(
        [
            previousHash, record.Id.ToString(CultureInfo.InvariantCulture), record.Purpose.ToId(), record.Reference,
            record.NarratedFor.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), record.CreatedAtUtc.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            record.SubjectJson, record.Text, record.Source, llm?.Provider, llm?.Model, llm?.Prompt, llm?.Response, llm?.GuardVerdict,
            llm?.LatencyMs is { } ms ? ms.ToString(CultureInfo.InvariantCulture) : null, llm?.FallbackUsed is { } fallback ? (fallback ? "1" : "0") : null,
        ]);
    }
}
