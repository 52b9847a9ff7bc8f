namespace HybridCoach.Domain.Planning;

/// <summary>
/// One step of a prescribed session: a warm-up, an active block, a recovery jog/walk or a cool-down, sized by
/// distance or by time (exactly one of them), with an exact pace band and the target zone id (e.g. <c>z2</c>,
/// <c>daniels_t</c>); or a repeat block (<see cref="StepKind.Repeat"/>) of <see cref="Repeats"/> × its children.
/// </summary>
public sealed record SessionStep(
    StepKind Kind,
    double? DistanceM,
    double? DurationS,
    PaceRange? Pace,
    string? ZoneId,
    string Description,
    int Repeats = 1,
    IReadOnlyList<SessionStep>? Children = null)
{
    public IReadOnlyList<SessionStep> Children { get; } = Children ?? [];

    public static SessionStep Repeat(int times, string description, params SessionStep[] children) =>
        new(StepKind.Repeat, null, null, null, null, description, times, children);
}
