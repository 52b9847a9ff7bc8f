using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans.Records;

/// <summary>A stored microcycle with its days; <c>Reduced</c> (absent in older files: false) marks a deliberate,
/// adaptation-driven dip (see <see cref="Microcycle"/>).</summary>
public sealed record MicrocycleRecord(int Index, Phase Phase, DateOnly Start, string Focus, bool Recovery, IReadOnlyList<PlannedSessionRecord> Days,
    bool Reduced = false)
{
    public static MicrocycleRecord From(Microcycle m) =>
        new(m.Index, m.Phase, m.Start, m.Focus, m.Recovery, [.. m.Days.Select(PlannedSessionRecord.From)], m.Reduced);

    public Microcycle ToMicrocycle() => new(Index, Phase, Start, Focus, Recovery, [.. (Days ?? []).Select(d => d.ToSession())], Reduced);
}
