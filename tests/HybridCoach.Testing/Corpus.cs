namespace HybridCoach.Testing;

/// <summary>
/// Locates the shared corpus of real recordings. HYBRIDCOACH_CORPUS names it; without the variable the
/// sibling ../shared/corpus of the checkout is used when present. When the variable is set (as .ci/run
/// does) a missing corpus is a failure, not a skip.
/// </summary>
public static class Corpus
{
    public const string Variable = "HYBRIDCOACH_CORPUS";

    private static readonly Lazy<string?> Located = new(Locate);

    /// <summary>The corpus folder, or null when it is absent and not mandatory.</summary>
    public static string? Root => Located.Value;

    public static bool IsMandatory => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable));

    public static string RequireRoot() =>
        Root ?? throw new InvalidOperationException($"The corpus is not available; set {Variable}.");

    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([RequireRoot(), .. parts]);

    public static IEnumerable<string> Files(string folder, string pattern = "*") =>
        Directory.EnumerateFiles(Path(folder), pattern).Order(StringComparer.Ordinal);

    private static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(configured))
        {
            var full = System.IO.Path.GetFullPath(configured);
            if (!Directory.Exists(System.IO.Path.Combine(full, "fit")))
                throw new InvalidOperationException($"{Variable}={configured} does not hold the corpus (no fit/ folder in {full}).");
            return full;
        }
        return FindSibling();
    }

    private static string? FindSibling()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "fit"))) return candidate;
        }
        return null;
    }
}
