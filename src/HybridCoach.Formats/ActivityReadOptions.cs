namespace HybridCoach.Formats;

/// <summary>
/// How strict a reader is. By default a file that fails its integrity checks (CRC mismatch, truncated)
/// is refused with an <see cref="ActivityFileException"/>. With <see cref="Salvage"/> the reader returns
/// what it could decode before the fault, with a warning saying what was lost.
/// </summary>
public sealed record ActivityReadOptions(bool Salvage = false)
{
    public static ActivityReadOptions Strict { get; } = new();
}
