using HybridCoach.Application.Decisions;

namespace HybridCoach.Storage.Sqlite;

/// <summary>
/// The <c>llm_*</c> columns shared by the decisions and narrations tables: an <see cref="LlmExchange"/> read back
/// from them (null when every column is null — the template narrated), and the fallback flag as 0/1.
/// </summary>
internal static class LlmExchangeColumns
{
    public static long? Flag(LlmExchange? exchange) => exchange?.FallbackUsed is { } used ? used ? 1 : 0 : null;

    public static LlmExchange? Read(string? provider, string? model, string? prompt, string? response, string? verdict, long? latencyMs, long? fallbackUsed) =>
        provider is null && model is null && prompt is null && response is null && verdict is null && latencyMs is null && fallbackUsed is null
            ? null
            : new LlmExchange(provider, model, prompt, response, verdict, latencyMs, fallbackUsed is { } used ? used != 0 : null);
}
