namespace HybridCoach.Domain.Planning;

/// <summary>
/// Everything one microcycle is filled from: its frame, whether it is a recovery microcycle, the running volume
/// to spread (races excluded), the long-run target, the quality session types in order (empty: none), whether
/// quality days get strides only, whether running is run-walk, strength sessions wanted, and whether the last day
/// of the previous microcycle was hard.
/// </summary>
public sealed record CycleInput(
    CycleFrame Frame,
    bool Recovery,
    double VolumeM,
    double LongRunM,
    IReadOnlyList<SessionType> Quality,
    int StridesSessions,
    bool RunWalk,
    int StrengthSessions,
    bool PreviousDayHard,
    string Focus)
{
    /// <summary>Share of their usual size the quality sessions' warm-up, cool-down and hard-time budget keep (1: full).</summary>
    public double QualityScale { get; init; } = 1;

    /// <summary>The long run finishes at goal marathon pace (the marathon's specific phase, <see cref="EasySessions.LongWithRacePaceFinish"/>).</summary>
    public bool RacePaceLong { get; init; }

    /// <summary>
    /// The running planned one microcycle earlier on the day that many days back (null: unknown, the first
    /// microcycle): a B race's mini-taper days run less than those days did (<c>b_race_mini_taper</c>).
    /// </summary>
    public Func<DateOnly, double>? RunningOneCycleEarlierM { get; init; }

    /// <summary>The longest easy run of the microcycle before (null for the first): a week without a long run (a B race's) runs none longer.</summary>
    public double? EarlierLongestEasyM { get; init; }

    /// <summary>One easy day becomes a medium-long run (marathon build and specific phases, <see cref="EasySessions.MediumLong"/>).</summary>
    public bool MediumLong { get; init; }
}
