using System.Globalization;
using System.Text.RegularExpressions;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Manual;

/// <summary>
/// Parses a typed distance: "10km", "10 km", "10k", "6.2mi", "5000m", "half", "marathon".
/// The marathon is 42.195 km and the half marathon half of it, 21.0975 km (World Athletics
/// Competition and Technical Rules, Book C2.1, rule 55 "Road Races").
/// </summary>
public static partial class DistanceText
{
    public const double MarathonM = 42_195;
    public const double HalfMarathonM = MarathonM / 2;
    private const double MaxM = 1_000_000; // 1000 km: beyond any run, so almost surely a wrong unit.

    public static Distance Parse(string text, string inputName = "distance")
    {
        var key = (text ?? "").Trim().ToLowerInvariant();
        var named = key switch
        {
            "half" or "half marathon" or "half-marathon" or "halfmarathon" => HalfMarathonM,
            "marathon" or "full marathon" => MarathonM,
            _ => (double?)null,
        };
        if (named is { } meters) return new Distance(meters);

        var match = Pattern().Match(key);
        if (!match.Success) throw new EntryFormatException(inputName, text ?? "", "expected a number with km, mi or m");
        var value = double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
        var distance = match.Groups["unit"].Value switch
        {
            "km" or "k" => Distance.FromKilometers(value),
            "mi" or "mile" or "miles" => Distance.FromMiles(value),
            _ => new Distance(value),
        };
        if (distance.Meters > MaxM) throw new EntryFormatException(inputName, text!, "more than 1000 km; check the unit");
        return distance;
    }

    [GeneratedRegex(@"^(?<value>\d+(?:\.\d+)?)\s*(?<unit>km|k|mi|miles|mile|m)$")]
    private static partial Regex Pattern();
}
