using System.Globalization;

namespace HybridCoach.Application.Decisions;

/// <summary>
/// The hash chain over the decision audit (issue 15 item 6): each record's hash is SHA-256 over the previous record's
/// hash and every field of the record — its id, day, time, call, engine version, settings hash and JSON, snapshot,
/// outcomes, narrative and model exchange (fallback flag included) — so an edit, a deletion or an insertion anywhere breaks the chain from
/// there on. Tamper-evident, not tamper-proof: someone who rewrites every later hash and the head with the file in
/// hand is not caught without a copy of the head kept elsewhere.
/// </summary>
public static class DecisionChain
{
    public static string Hash(string previousHash, DecisionAuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(previousHash);
        ArgumentNullException.ThrowIfNull(record);
        var llm = record.Llm;
        string?[] fields =
        [
            previousHash, record.Id.ToString(CultureInfo.InvariantCulture), record.DecidedFor.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            record.CreatedAtUtc.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), record.Recommendation, record.EngineVersion,
            record.SettingsHash, record.SettingsJson, record.SnapshotJson, record.OutcomesJson, record.Narrative, record.NarrativeSource,
            llm?.Provider, llm?.Model, llm?.Prompt, llm?.Response, llm?.GuardVerdict, llm?.LatencyMs is { } ms ? ms.ToString(CultureInfo.InvariantCulture) : null,
            llm?.FallbackUsed is { } fallback ? (fallback ? "1" : "0") : null,
        ];
        return ChainHash.Of(fields);
    }
}
