namespace HybridCoach.Narrative.Guard;

/// <summary>The guard's answer: passed, or failed with every reason (one line each).</summary>
public sealed record GuardVerdict(bool Passed, IReadOnlyList<string> Reasons)
{
    public static GuardVerdict Pass { get; } = new(true, []);

    /// <summary>"passed" or "failed: reason; reason" — the form stored in the audit record.</summary>
    public override string ToString() => Passed ? "passed" : "failed: " + string.Join("; ", Reasons);
}
