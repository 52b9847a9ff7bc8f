using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace HybridCoach.Application.Json;

/// <summary>
/// The typed metadata of <typeparamref name="T"/> from options whose resolver is a source-generated context, so a
/// generic read or write needs no reflection (Native AOT and trimming safe). A type the context does not list fails
/// at once with System.Text.Json's NotSupportedException naming it.
/// </summary>
public static class JsonTypes
{
    public static JsonTypeInfo<T> Of<T>(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
    }

    public static string Serialize<T>(T value, JsonSerializerOptions options) => JsonSerializer.Serialize(value, Of<T>(options));

    public static T? Deserialize<T>(string json, JsonSerializerOptions options) => JsonSerializer.Deserialize(json, Of<T>(options));
}
