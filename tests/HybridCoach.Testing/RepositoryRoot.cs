namespace HybridCoach.Testing;

/// <summary>The checkout's root folder (the one holding HybridCoach.slnx), found from the test binaries upwards.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "HybridCoach.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("HybridCoach.slnx not found above " + AppContext.BaseDirectory);
    }
}
