using System.Text.Json;
using HybridCoach.Domain.Oversight;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// Ids of the coaching enums as JSON, the store and the CLI spell them (snake_case of the names), and the inbox ids:
/// <c>p12</c> for proposal 12, <c>e3</c> for escalation 3, <c>a5</c> for session adjustment 5.
/// </summary>
public static class CoachingIds
{
    public const char ProposalPrefix = 'p';
    public const char EscalationPrefix = 'e';
    public const char AdjustmentPrefix = 'a';

    public static string ToId<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static T Parse<T>(string text, string column) where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>()) if (ToId(value) == text) return value;
        throw new FormatException($"{column} '{text}': not a known {typeof(T).Name}");
    }

    public static string Proposal(long id) => $"{ProposalPrefix}{id}";

    public static string Escalation(long id) => $"{EscalationPrefix}{id}";

    public static string Adjustment(long id) => $"{AdjustmentPrefix}{id}";

    /// <summary>Reads "p12", "e3" or "a5" (a bare number only when <paramref name="defaultPrefix"/> is given).</summary>
    public static (char Prefix, long Id) ParseRef(string? text, string inputName, char? defaultPrefix = null)
    {
        var t = (text ?? "").Trim().ToLowerInvariant();
        var prefix = t.Length > 0 && char.IsAsciiLetter(t[0]) ? t[0] : defaultPrefix;
        var digits = t.Length > 0 && char.IsAsciiLetter(t[0]) ? t[1..] : t;
        if (prefix is not (ProposalPrefix or EscalationPrefix or AdjustmentPrefix) || !long.TryParse(digits, System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var id) || id < 1)
            throw new ArgumentException($"{inputName} '{text}': expected an id such as p12 (proposal), e3 (escalation) or a5 (adjustment), as `coach inbox` shows");
        return (prefix.Value, id);
    }

    public static string RouteId(OversightRoute route) => ToId(route);
}
