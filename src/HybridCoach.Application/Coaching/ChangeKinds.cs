using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Coaching;

/// <summary>What kind of change a replacement of one day is: removed (rest), swapped for cross-training, shortened (same type) or softened.</summary>
public static class ChangeKinds
{
    public static ChangeKind Of(PlannedSession before, PlannedSession after) =>
        after.Type == SessionType.Rest ? ChangeKind.Removed
        : after.Type == SessionType.CrossTraining && before.Type != SessionType.CrossTraining ? ChangeKind.SwappedForCrossTraining
        : after.Type == before.Type ? ChangeKind.Shortened
        : ChangeKind.Softened;

    /// <summary>A coach's rewrite of a day, which may also add or lengthen: added (onto rest), lengthened (same type, longer), else as <see cref="Of"/>.</summary>
    public static ChangeKind OfEdit(PlannedSession before, PlannedSession after) =>
        before.Type == SessionType.Rest && after.Type != SessionType.Rest ? ChangeKind.Added
        : after.Type == before.Type && after.DurationS > before.DurationS ? ChangeKind.Lengthened
        : Of(before, after);
}
