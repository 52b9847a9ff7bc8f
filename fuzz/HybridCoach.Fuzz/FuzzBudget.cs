namespace HybridCoach.Fuzz;

/// <summary>
/// What one input may cost: wall time and managed memory allocated while it is decoded. A real recording decodes in
/// milliseconds and allocates a few times its size; the defaults leave two orders of magnitude of room, so only
/// runaway loops and unbounded growth (the 476-byte TCX that took 84 s and 1.6 GB) are caught.
/// </summary>
public sealed record FuzzBudget(TimeSpan TimePerInput, long BytesPerInput)
{
    public static FuzzBudget Default { get; } = new(TimeSpan.FromSeconds(5), 512L * 1024 * 1024);
}
