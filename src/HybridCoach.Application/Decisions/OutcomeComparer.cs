using System.Globalization;
using HybridCoach.Application.Decisions.Records;

namespace HybridCoach.Application.Decisions;

/// <summary>Lists every field that differs between recorded and replayed outcomes, guardrail by guardrail in the replay's order.</summary>
public static class OutcomeComparer
{
    public static IReadOnlyList<OutcomeDifference> Compare(IReadOnlyList<OutcomeRecord> recorded, IReadOnlyList<OutcomeRecord> replayed)
    {
        var differences = new List<OutcomeDifference>();
        var before = recorded.ToDictionary(o => o.Id, StringComparer.Ordinal);
        foreach (var now in replayed)
        {
            if (!before.Remove(now.Id, out var then)) differences.Add(new(now.Id, "guardrail", null, "added"));
            else differences.AddRange(Fields(then, now));
        }
        foreach (var gone in recorded.Where(o => before.ContainsKey(o.Id))) differences.Add(new(gone.Id, "guardrail", "present", null));
        return differences;
    }

    private static IEnumerable<OutcomeDifference> Fields(OutcomeRecord then, OutcomeRecord now)
    {
        var id = now.Id;
        if (then.Evaluated != now.Evaluated) yield return new(id, "evaluated", Text(then.Evaluated), Text(now.Evaluated));
        if (then.Fired != now.Fired) yield return new(id, "fired", Text(then.Fired), Text(now.Fired));
        if (then.AsksFor != now.AsksFor) yield return new(id, "asks_for", then.AsksFor, now.AsksFor);
        foreach (var d in Map(id, "observed", then.Observed, now.Observed)) yield return d;
        foreach (var d in Map(id, "thresholds", then.Thresholds.ToDictionary(p => p.Key, p => (double?)p.Value),
            now.Thresholds.ToDictionary(p => p.Key, p => (double?)p.Value))) yield return d;
        if (then.Reason != now.Reason) yield return new(id, "reason", then.Reason, now.Reason);
    }

    private static IEnumerable<OutcomeDifference> Map(string id, string name, IReadOnlyDictionary<string, double?> then, IReadOnlyDictionary<string, double?> now)
    {
        foreach (var key in then.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
        {
            var hadBefore = then.TryGetValue(key, out var a);
            var hasNow = now.TryGetValue(key, out var b);
            if (hadBefore == hasNow && Nullable.Equals(a, b)) continue;
            yield return new(id, $"{name}.{key}", hadBefore ? Text(a) : null, hasNow ? Text(b) : null);
        }
    }

    private static string Text(bool value) => value ? "true" : "false";

    public static string Text(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "null";
}
