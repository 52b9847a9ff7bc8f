
namespace HybridCoach.Testing;

/// <summary>
/// The natively compiled coach that ./build-native writes to .native/coach. Its tests run when it is there and newer
/// than every source file; with HYBRIDCOACH_NATIVE=1 (as .ci/run sets after building it) a missing or stale one fails.
/// </summary>
public static class NativeCoach
{
    public const string Variable = "HYBRIDCOACH_NATIVE";

    public static string Path { get; } = RepositoryRoot.File(".native", "coach");

    public static bool IsMandatory => Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>Why the native coach cannot be used (null when it can).</summary>
    public static string? Unusable()
    {
        if (!File.Exists(Path)) return $"{Path} not built (./build-native)";
        var built = File.GetLastWriteTimeUtc(Path);
        var newer = Sources().FirstOrDefault(f => File.GetLastWriteTimeUtc(f) > built);
        return newer is null ? null : $"{Path} is older than {newer} (./build-native)";
    }

    private static IEnumerable<string> Sources() =>
        Directory.EnumerateFiles(RepositoryRoot.File("src"), "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{System.IO.Path.DirectorySeparatorChar}bin{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".csproj", StringComparison.Ordinal) || f.EndsWith(".sql", StringComparison.Ordinal));
}
