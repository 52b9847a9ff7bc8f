using System.Globalization;
using HybridCoach.Application.Manual;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Racing;

namespace HybridCoach.Cli.Commands;

/// <summary>Reads the `coach checkin` option texts: niggles "site:side:severity", day lists "2026-06-03,2026-06-04" and a race "date,name,distance,priority".</summary>
public static class CheckInInput
{
    public static Niggle Niggle(string text)
    {
        var parts = text.Split(':', StringSplitOptions.TrimEntries);
        if (parts.Length != 3 || parts[0].Length == 0)
            throw new CliInputException($"--niggle '{text}': expected site:side:severity, e.g. calf:left:3 (side left, right, both or central; severity 0-10)");
        var side = parts[1].ToLowerInvariant() switch
        {
            "left" or "l" => BodySide.Left,
            "right" or "r" => BodySide.Right,
            "both" or "b" => BodySide.Both,
            "central" or "c" or "middle" => BodySide.Central,
            _ => throw new CliInputException($"--niggle '{text}': side '{parts[1]}' is not left, right, both or central"),
        };
        if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var severity) || severity > 10)
            throw new CliInputException($"--niggle '{text}': severity '{parts[2]}' is not a whole number from 0 to 10");
        return new Niggle(parts[0], side, severity);
    }

    public static IReadOnlyList<DateOnly> Days(string? text) =>
        [.. (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(d => EntryText.ParseDate(d, "--unavailable"))];

    public static RaceEntry Race(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 4)
            throw new CliInputException($"--add-race '{text}': expected date,name,distance,priority, e.g. \"2026-07-05,City 10K,10k,B\"");
        var priority = parts[3].ToUpperInvariant() switch
        {
            "A" => RacePriority.A,
            "B" => RacePriority.B,
            "C" => RacePriority.C,
            _ => throw new CliInputException($"--add-race '{text}': priority '{parts[3]}' is not A, B or C"),
        };
        return new RaceEntry(EntryText.ParseDate(parts[0], "--add-race"), parts[1], DistanceText.Parse(parts[2], "--add-race"), priority);
    }

    public static int Score(string text, string inputName) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 10 ? value
            : throw new CliInputException($"{inputName} '{text}': expected a whole number from 1 to 10");
}
