using System.Text.Json;
using HybridCoach.Testing;

namespace HybridCoach.Formats.Tests.Fit;

/// <summary>
/// One corpus expected/&lt;name&gt;.fitsdk.json: the @garmin/fitsdk 21.217.0 decoding summary (SOURCES.md).
/// </summary>
public sealed class FitSdkReference
{
    private FitSdkReference(JsonElement root) => Root = root;

    public JsonElement Root { get; }

    public static FitSdkReference Load(string fitFileName)
    {
        var path = Corpus.Path("expected", fitFileName + ".fitsdk.json");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return new FitSdkReference(document.RootElement.Clone());
    }

    public static IEnumerable<string> FitFilesWithReference() =>
        Corpus.Files("fit").Select(Path.GetFileName)
            .Where(name => File.Exists(Corpus.Path("expected", name + ".fitsdk.json")))!;

    public IReadOnlyList<string> Errors => Root.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();

    public IReadOnlyDictionary<string, int> MessageCounts =>
        Root.GetProperty("message_counts").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());

    public int RecordCount => Root.GetProperty("record_count").GetInt32();

    public IReadOnlyList<JsonElement> Sessions => Root.GetProperty("sessions").EnumerateArray().ToList();

    public JsonElement? FirstRecord => Nullable(Root.GetProperty("first_record"));
    public JsonElement? LastRecord => Nullable(Root.GetProperty("last_record"));

    public IReadOnlyList<JsonElement> DeveloperFields => Root.GetProperty("developer_fields").EnumerateArray().ToList();

    public static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    public static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonElement? Nullable(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element;
}
