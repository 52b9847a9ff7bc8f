using System.Globalization;
using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Performance;

/// <summary>
/// The men's world records in running (World Athletics, as ratified by 2025), the floor of what a human has run:
/// 100 m 9.58 (Bolt 2009), 400 m 43.03 (van Niekerk 2016), 800 m 1:40.91 (Rudisha 2012), 1500 m 3:26.00
/// (El Guerrouj 1998), mile 3:43.13 (El Guerrouj 1999), 3000 m 7:17.55 (Ingebrigtsen 2024), 5000 m 12:35.36 and
/// 10,000 m 26:11.00 (Cheptegei 2020), half marathon 57:30 (Kejelcha 2024), marathon 2:00:35 (Kiptum 2023).
/// <see cref="FastestPlausible"/> bounds any distance by the record speed of the longest record distance not longer
/// than it (no one has averaged a longer distance faster than the record of a shorter one): a lenient floor that only
/// refuses what no human has done.
/// </summary>
public static class WorldRecords
{
    public sealed record Record(double DistanceM, double Seconds, string Label);

    public static IReadOnlyList<Record> All { get; } =
    [
        new(100, 9.58, "100 m 9.58, Usain Bolt 2009"),
        new(400, 43.03, "400 m 43.03, Wayde van Niekerk 2016"),
        new(800, 100.91, "800 m 1:40.91, David Rudisha 2012"),
        new(1500, 206.00, "1500 m 3:26.00, Hicham El Guerrouj 1998"),
        new(1609.344, 223.13, "mile 3:43.13, Hicham El Guerrouj 1999"),
        new(3000, 437.55, "3000 m 7:17.55, Jakob Ingebrigtsen 2024"),
        new(5000, 755.36, "5000 m 12:35.36, Joshua Cheptegei 2020"),
        new(10000, 1571.00, "10,000 m 26:11.00, Joshua Cheptegei 2020"),
        new(21097.5, 3450, "half marathon 57:30, Yomif Kejelcha 2024"),
        new(42195, 7235, "marathon 2:00:35, Kelvin Kiptum 2023"),
    ];

    /// <summary>The fastest time a human could plausibly run <paramref name="distanceM"/> in, and the record it comes from.</summary>
    public static (double Seconds, Record From) FastestPlausible(double distanceM)
    {
        var from = All.LastOrDefault(r => r.DistanceM <= distanceM + 1e-6) ?? All[0];
        return (distanceM / from.DistanceM * from.Seconds, from);
    }

    /// <summary>Throws naming <paramref name="inputName"/> when <paramref name="seconds"/> for <paramref name="distanceM"/> beats the bound.</summary>
    public static void RequirePlausible(double distanceM, double seconds, string inputName)
    {
        if (ImplausibleReason(distanceM, seconds) is { } reason) throw new ArgumentException($"{inputName}: {reason}");
    }

    /// <summary>Why <paramref name="seconds"/> for <paramref name="distanceM"/> is no human run (faster than the bound); null when it is plausible.</summary>
    public static string? ImplausibleReason(double distanceM, double seconds)
    {
        if (distanceM <= 0 || seconds <= 0) return null;
        var (fastest, from) = FastestPlausible(distanceM);
        return seconds < fastest
            ? string.Create(CultureInfo.InvariantCulture,
                $"{distanceM / 1000:0.00} km in {Clock(seconds)} is faster than any human has run it (the bound is {Clock(fastest)}, from the world record {from.Label})")
            : null;
    }

    private static string Clock(double seconds) => TimeSpan.FromSeconds(Math.Round(seconds)).ToString(seconds >= 3600 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);
}
