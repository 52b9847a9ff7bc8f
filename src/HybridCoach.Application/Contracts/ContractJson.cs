using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using HybridCoach.Application.Json;

namespace HybridCoach.Application.Contracts;

/// <summary>
/// The one JSON shape of the contracts, for every front end: snake_case names with units, ISO 8601 times, enums by
/// snake_case name, no nulls dropped, text unescaped beyond what JSON needs (the body is never embedded in HTML).
/// </summary>
public static class ContractJson
{
    /// <summary>The source-generated metadata of every contract (a front end may chain its own after it).</summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => ContractJsonContext.Default;

    public static JsonSerializerOptions Create(bool indented) => Configure(new JsonSerializerOptions { WriteIndented = indented, TypeInfoResolver = TypeInfoResolver });

    /// <summary>Sets the contract's naming, number and enum rules on <paramref name="options"/> (its resolver left as it is).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
        return SnakeCaseEnumConverters.AddTo(options, allowIntegerValues: true);
    }
}
