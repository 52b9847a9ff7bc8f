namespace HybridCoach.Hosting;

/// <summary>The data directory in force for this process.</summary>
public sealed record DataDirectoryLocation(string Path)
{
    public string DatabasePath => DataDirectory.DatabasePath(Path);
}
