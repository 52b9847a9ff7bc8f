using System.Globalization;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Racing;

namespace HybridCoach.Application.Decisions.Records;

/// <summary>The text codes of audit JSON: ISO dates, sport ids, snake_case enum names. Unknown codes throw naming the field.</summary>
internal static class RecordCodes
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string text, string field) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : throw new FormatException($"audit {field} '{text}': expected yyyy-mm-dd");

    public static Sport ParseSport(string text) =>
        SportExtensions.ParseSport(text) ?? throw new FormatException($"audit sport '{text}': unknown");

    public static string Illness(Illness illness) => illness switch
    {
        Domain.Athletes.Illness.AboveNeck => "above_neck",
        Domain.Athletes.Illness.BelowNeck => "below_neck",
        _ => "none",
    };

    public static Illness ParseIllness(string text) => text switch
    {
        "none" => Domain.Athletes.Illness.None,
        "above_neck" => Domain.Athletes.Illness.AboveNeck,
        "below_neck" => Domain.Athletes.Illness.BelowNeck,
        _ => throw new FormatException($"audit illness '{text}': expected none, above_neck or below_neck"),
    };

    public static string Side(BodySide side) => side.ToString().ToLowerInvariant();

    public static BodySide ParseSide(string text) =>
        Enum.TryParse<BodySide>(text, ignoreCase: true, out var side) && Enum.IsDefined(side)
            ? side : throw new FormatException($"audit injury side '{text}': unknown");

    public static RacePriority ParsePriority(string text) =>
        Enum.TryParse<RacePriority>(text, ignoreCase: true, out var priority) && Enum.IsDefined(priority)
            ? priority : throw new FormatException($"race priority '{text}': expected A, B or C");
}
