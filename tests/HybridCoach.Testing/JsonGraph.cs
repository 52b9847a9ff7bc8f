using System.Text.Json;
using System.Text.Json.Serialization;

namespace HybridCoach.Testing;

/// <summary>
/// Walks every type a source-generated JSON context reaches from its [JsonSerializable] roots, through the options'
/// metadata (properties, elements, dictionary keys): what our JSON can contain, found the way the serialiser finds it.
/// </summary>
public static class JsonGraph
{
    public static IReadOnlyList<Type> Roots(Type context) =>
    [
        .. context.GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!),
    ];

    /// <summary>Every type reachable from <paramref name="roots"/>; metadata missing for one throws naming it.</summary>
    public static IReadOnlySet<Type> Reachable(JsonSerializerOptions options, IEnumerable<Type> roots)
    {
        ArgumentNullException.ThrowIfNull(options);
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(roots);
        while (queue.TryDequeue(out var type))
        {
            if (!seen.Add(type) || (Nullable.GetUnderlyingType(type) ?? type).IsEnum) continue;
            var info = options.GetTypeInfo(type);
            if (info.ElementType is { } element) queue.Enqueue(element);
            if (info.KeyType is { } key) queue.Enqueue(key);
            foreach (var property in info.Properties) queue.Enqueue(property.PropertyType);
        }
        return seen;
    }

    /// <summary>The enums among <paramref name="types"/> that <paramref name="options"/> would write as numbers.</summary>
    public static IReadOnlyList<Type> EnumsWrittenAsNumbers(JsonSerializerOptions options, IEnumerable<Type> types) =>
    [
        .. types.Select(t => Nullable.GetUnderlyingType(t) ?? t).Where(t => t.IsEnum).Distinct()
            .Where(t => !JsonSerializer.Serialize(FirstValue(t), options.GetTypeInfo(t)).StartsWith('"')),
    ];

    private static object FirstValue(Type enumType)
    {
        var values = Enum.GetValuesAsUnderlyingType(enumType);
        return values.Length == 0 ? Activator.CreateInstance(enumType)! : Enum.ToObject(enumType, values.GetValue(0)!);
    }
}
