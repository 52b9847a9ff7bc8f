using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using HybridCoach.Application.Json;

namespace HybridCoach.Cli.Output;

/// <summary>The one JSON shape of every `--json` answer: snake_case names with units, ISO 8601 times, no nulls dropped.</summary>
public static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = SnakeCaseEnumConverters.AddTo(new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        TypeInfoResolver = CliJsonContext.Default,
    }, allowIntegerValues: true);

    public static void Write<T>(TextWriter stdout, T value)
    {
        stdout.WriteLine(JsonTypes.Serialize(value, Options));
    }
}
