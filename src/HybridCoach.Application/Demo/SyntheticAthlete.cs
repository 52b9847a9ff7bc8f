using System.Globalization;
using HybridCoach.Formats.Fit.Writing;

namespace HybridCoach.Application.Demo;

/// <summary>
/// A deterministic synthetic runner for `coach demo`: months of varied training (see
/// <see cref="TrainingCalendar"/>) recorded second by second (see <see cref="SessionSimulator"/>) and
/// written as FIT activity files by our own encoder. The same seed and today give the same bytes.
/// </summary>
public sealed class SyntheticAthlete(int seed, DemoAthleteProfile? profile = null)
{
    public const int DefaultMonths = 6;

    private readonly DemoAthleteProfile _profile = profile ?? DemoAthleteProfile.Default;

    /// <summary>The sessions of the <paramref name="months"/> months ending on <paramref name="today"/>.</summary>
    public IReadOnlyList<PlannedSession> Plan(DateOnly today, int months = DefaultMonths)
    {
        if (months < 1) throw new ArgumentOutOfRangeException(nameof(months), months, "The demo needs at least one month of training.");
        return new TrainingCalendar(new Random(seed)).Plan(today, months);
    }

    public IReadOnlyList<DemoFile> Generate(DateOnly today, int months = DefaultMonths)
    {
        var sessions = Plan(today, months);
        var files = new DemoFile[sessions.Count];
        // Each session has its own generator, derived from the seed and its position, so sessions can be
        // simulated in parallel and still come out the same every time.
        Parallel.For(0, sessions.Count, i =>
        {
            var session = sessions[i];
            var activity = new SessionSimulator(_profile).Simulate(session, new Random(SessionSeed(i)));
            var name = string.Create(CultureInfo.InvariantCulture, $"{session.Date:yyyy-MM-dd}-{session.Kind.Slug()}.fit");
            files[i] = new DemoFile(name, FitActivityEncoder.Encode(activity), session.Date, session.Kind);
        });
        return files;
    }

    /// <summary>Not HashCode.Combine: that is randomised per process, and the bytes must not be.</summary>
    private int SessionSeed(int index) => unchecked(seed * 1_000_003 + index * 7919 + 17);
}
