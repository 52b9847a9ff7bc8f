namespace HybridCoach.Storage.Tests;

/// <summary>A database file in a fresh temporary folder, deleted with the folder on dispose.</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("hybridcoach-store-").FullName;
        Path = System.IO.Path.Combine(Folder, "coach.db");
    }

    public string Folder { get; }
    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over cleanup.
        }
    }
}
