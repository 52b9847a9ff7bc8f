using System.Globalization;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Adaptation;

/// <summary>
/// The never-harder rule for a replacement session (product rule, from the on-demand adjustment design this
/// project follows: "intensity is never increased; the replacement session will always be equal to or easier than
/// the original"). Made exact here: the replacement's load, top zone and hard minutes are at most the original's,
/// its fastest pace is not quicker (and it prescribes a pace only if the original did), and it is a hard type only
/// if the original was. <see cref="Tolerance"/> absorbs floating-point rounding only.
/// </summary>
public static class NeverHarder
{
    public const double Tolerance = 1e-6;

    public static NeverHarderVerdict Check(PlannedSession original, PlannedSession replacement, Pace thresholdPace)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(replacement);
        var before = NeverHarderMeasures.Of(original, thresholdPace);
        var after = NeverHarderMeasures.Of(replacement, thresholdPace);
        var lines = new List<string>();
        var ok = Compare(lines, after.Load <= before.Load + Tolerance, $"load {after.Load:0.0} vs {before.Load:0.0}");
        ok &= Compare(lines, PaceNotFaster(before.HardestPace, after.HardestPace),
            $"fastest pace {PaceText(after.HardestPace)} vs {PaceText(before.HardestPace)}");
        ok &= Compare(lines, after.TopZone <= before.TopZone, $"top zone z{after.TopZone} vs z{before.TopZone}");
        ok &= Compare(lines, after.HardSeconds <= before.HardSeconds + Tolerance,
            $"hard time {after.HardSeconds / 60:0.#} min vs {before.HardSeconds / 60:0.#} min");
        ok &= Compare(lines, !replacement.Hard || original.Hard,
            $"type {replacement.Type.Words()} ({HardText(replacement)}) vs {original.Type.Words()} ({HardText(original)})");
        return new NeverHarderVerdict(ok, lines);
    }

    private static bool PaceNotFaster(Pace? before, Pace? after) =>
        after is not { } a || before is { } b && a.SecondsPerKilometer >= b.SecondsPerKilometer - Tolerance;

    private static bool Compare(List<string> lines, bool passed, FormattableString what)
    {
        lines.Add((passed ? "ok: " : "harder: ") + what.ToString(CultureInfo.InvariantCulture));
        return passed;
    }

    private static string PaceText(Pace? pace) => pace is { } p ? p.ToString() : "none";

    private static string HardText(PlannedSession session) => session.Hard ? "hard" : "not hard";
}
