namespace HybridCoach.Application.Demo;

/// <summary>The kinds of session the synthetic athlete trains.</summary>
public enum DemoSessionKind
{
    EasyRun,
    LongRun,
    TempoRun,
    Intervals,
    RecoveryRun,
    Race10K,
    Ride,
}

public static class DemoSessionKindExtensions
{
    /// <summary>The file-name part, e.g. "easy-run" in "2026-05-02-easy-run.fit".</summary>
    public static string Slug(this DemoSessionKind kind) => kind switch
    {
        DemoSessionKind.EasyRun => "easy-run",
        DemoSessionKind.LongRun => "long-run",
        DemoSessionKind.TempoRun => "tempo-run",
        DemoSessionKind.Intervals => "intervals",
        DemoSessionKind.RecoveryRun => "recovery-run",
        DemoSessionKind.Race10K => "race-10k",
        DemoSessionKind.Ride => "ride",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown session kind."),
    };

    public static bool IsRun(this DemoSessionKind kind) => kind != DemoSessionKind.Ride;
}
