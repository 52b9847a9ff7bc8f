using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans.Records;

/// <summary>A stored microcycle with its days.</summary>
public sealed record MicrocycleRecord(int Index, Phase Phase, DateOnly Start, string Focus, bool Recovery, IReadOnlyList<PlannedSessionRecord> Days)
{
    public static MicrocycleRecord From(Microcycle m) => new(m.Index, m.Phase, m.Start, m.Focus, m.Recovery, [.. m.Days.Select(PlannedSessionRecord.From)]);

    public Microcycle ToMicrocycle() => new(Index, Phase, Start, Focus, Recovery, [.. (Days ?? []).Select(d => d.ToSession())]);
}
