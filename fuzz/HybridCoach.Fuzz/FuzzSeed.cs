namespace HybridCoach.Fuzz;

/// <summary>A valid file to mutate: its name (the extension picks the target: .zip and .gz go through a whole import), its bytes, and whether it is text.</summary>
public sealed record FuzzSeed(string Name, byte[] Content)
{
    public bool IsText => Name.EndsWith(".gpx", StringComparison.OrdinalIgnoreCase) || Name.EndsWith(".tcx", StringComparison.OrdinalIgnoreCase);

    public bool IsArchive => Name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) || Name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    public string Extension => Path.GetExtension(Name);
}
