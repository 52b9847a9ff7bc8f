using System.Globalization;

namespace HybridCoach.Narrative.Providers;

/// <summary>
/// Which narrator to use, from settings keys (<c>HybridCoach:Llm:Provider</c> …) or the environment variables
/// HYBRIDCOACH_LLM_PROVIDER (template | anthropic | openai), HYBRIDCOACH_LLM_ENDPOINT, HYBRIDCOACH_LLM_MODEL,
/// HYBRIDCOACH_LLM_API_KEY and HYBRIDCOACH_LLM_TIMEOUT_S (default 10). A settings key wins over its variable.
/// Nothing configured → the template. A bad value throws an <see cref="ArgumentException"/> naming the variable.
/// </summary>
public sealed record NarratorSettings(string Provider, Uri? Endpoint, string? Model, string? ApiKey, TimeSpan Timeout)
{
    public const string ProviderVariable = "HYBRIDCOACH_LLM_PROVIDER";
    public const string EndpointVariable = "HYBRIDCOACH_LLM_ENDPOINT";
    public const string ModelVariable = "HYBRIDCOACH_LLM_MODEL";
    public const string ApiKeyVariable = "HYBRIDCOACH_LLM_API_KEY";
    public const string TimeoutVariable = "HYBRIDCOACH_LLM_TIMEOUT_S";
    public const string Template = "template";
    public const string Anthropic = "anthropic";
    public const string OpenAI = "openai";

    /// <summary>Long enough for a small local model's four sentences, short enough that `coach today` never hangs.</summary>
    public const double DefaultTimeoutS = 10;

    public static NarratorSettings Default { get; } = new(Template, null, null, null, TimeSpan.FromSeconds(DefaultTimeoutS));

    /// <summary>Reads the settings through <paramref name="read"/> (settings key, then environment variable name).</summary>
    public static NarratorSettings From(Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        string? Value(string variable) => Clean(read("HybridCoach:Llm:" + Key(variable))) ?? Clean(read(variable));
        var provider = (Value(ProviderVariable) ?? Template).ToLowerInvariant();
        if (provider is not (Template or Anthropic or OpenAI))
            throw new ArgumentException($"{ProviderVariable} '{provider}': expected template, anthropic or openai");
        return new NarratorSettings(provider, ParseEndpoint(Value(EndpointVariable)), Value(ModelVariable), Value(ApiKeyVariable), ParseTimeout(Value(TimeoutVariable)));
    }

    private static Uri? ParseEndpoint(string? text)
    {
        if (text is null) return null;
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri : throw new ArgumentException($"{EndpointVariable} '{text}': expected an http or https URL, e.g. http://127.0.0.1:11434/v1");
    }

    private static TimeSpan ParseTimeout(string? text)
    {
        if (text is null) return TimeSpan.FromSeconds(DefaultTimeoutS);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 600
            ? TimeSpan.FromSeconds(seconds) : throw new ArgumentException($"{TimeoutVariable} '{text}': expected seconds between 0 and 600, e.g. 10");
    }

    private static string Key(string variable) => variable["HYBRIDCOACH_LLM_".Length..] switch
    {
        "TIMEOUT_S" => "TimeoutS",
        "API_KEY" => "ApiKey",
        var rest => char.ToUpperInvariant(rest[0]) + rest[1..].ToLowerInvariant(),
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
