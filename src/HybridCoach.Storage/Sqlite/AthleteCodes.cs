using System.Globalization;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Units;

namespace HybridCoach.Storage.Sqlite;

/// <summary>The text codes athlete columns store: snake_case enum names, "mon,wed" day lists, "km"/"mi", ISO dates.</summary>
internal static class AthleteCodes
{
    private static readonly string[] DayCodes = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public static string Day(DayOfWeek day) => DayCodes[(int)day];

    public static DayOfWeek ParseDay(string code) => (DayOfWeek)Array.IndexOf(DayCodes, code);

    public static string Days(IEnumerable<DayOfWeek> days) => string.Join(',', days.Select(Day));

    public static DayOfWeek[] ParseDays(string codes) =>
        [.. codes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(ParseDay)];

    public static string Units(DistanceUnit unit) => unit == DistanceUnit.Miles ? "mi" : "km";

    public static DistanceUnit ParseUnits(string code) => code == "mi" ? DistanceUnit.Miles : DistanceUnit.Kilometers;

    public static string Illness(Illness illness) => illness switch
    {
        Domain.Athletes.Illness.AboveNeck => "above_neck",
        Domain.Athletes.Illness.BelowNeck => "below_neck",
        _ => "none",
    };

    public static Illness ParseIllness(string code) => code switch
    {
        "above_neck" => Domain.Athletes.Illness.AboveNeck,
        "below_neck" => Domain.Athletes.Illness.BelowNeck,
        _ => Domain.Athletes.Illness.None,
    };

    public static string Enum<T>(T value) where T : struct, System.Enum => value.ToString().ToLowerInvariant();

    public static T ParseEnum<T>(string code) where T : struct, System.Enum => System.Enum.Parse<T>(code, ignoreCase: true);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
