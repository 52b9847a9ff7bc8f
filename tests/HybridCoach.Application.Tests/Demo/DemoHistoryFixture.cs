using HybridCoach.Application.Demo;
using HybridCoach.Formats.Tests.Fit.Writing;

namespace HybridCoach.Application.Tests.Demo;

/// <summary>Six months of the synthetic athlete (seed 7, today 2026-05-20), generated and walked once.</summary>
public sealed class DemoHistoryFixture
{
    public static readonly DateOnly Today = new(2026, 5, 20);
    public const int Seed = 7;

    public DemoHistoryFixture()
    {
        Files = new SyntheticAthlete(Seed).Generate(Today);
        Walked = Files.Select(f => FitStructureWalker.Walk(f.Content)).ToList();
    }

    public IReadOnlyList<DemoFile> Files { get; }

    public IReadOnlyList<FitStructureWalker.Result> Walked { get; }

    public IEnumerable<(DemoFile File, FitStructureWalker.Result Fit)> Pairs => Files.Zip(Walked);

    /// <summary>The Monday of a date's week.</summary>
    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>Total distance in metres from the encoded session (field 9, scale 100).</summary>
    public static double DistanceM(FitStructureWalker.Result fit) => fit.Of(18).Single().Unsigned(9) / 100.0;

    /// <summary>Pace in s/km over laps (19) of one intensity, from their encoded time and distance.</summary>
    public static double LapPaceSPerKm(FitStructureWalker.Result fit, int intensity)
    {
        var laps = fit.Of(19).Where(l => (int)l.Unsigned(23) == intensity).ToList();
        var timeS = laps.Sum(l => l.Unsigned(8) / 1000.0);
        var distanceKm = laps.Sum(l => l.Unsigned(9) / 100_000.0);
        return timeS / distanceKm;
    }

    /// <summary>Pace in s/km over the whole session from its encoded timer time and distance.</summary>
    public static double SessionPaceSPerKm(FitStructureWalker.Result fit)
    {
        var session = fit.Of(18).Single();
        return session.Unsigned(8) / 1000.0 / (session.Unsigned(9) / 100_000.0);
    }
}
