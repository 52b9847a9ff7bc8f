namespace HybridCoach.Benchmarks.Corpus;

/// <summary>
/// The FIT files the benchmarks (and bench/run-peers.sh, through <c>list-corpus</c>) decode. The corpus is
/// found through $HYBRIDCOACH_CORPUS, else a <c>shared/corpus</c> folder next to the checkout or one of its
/// parents (../shared/corpus relative to the repository root in the usual layout).
/// </summary>
public static class BenchCorpus
{
    public const string Variable = "HYBRIDCOACH_CORPUS";

    /// <summary>The name of the target that stands for every valid FIT file, decoded one after another.</summary>
    public const string WholeCorpus = "corpus";

    /// <summary>The four largest activity files of the corpus (3.07, 2.40, 1.88 and 1.04 MB).</summary>
    public static IReadOnlyList<string> LargeFiles { get; } =
    [
        "MultiSport-2019-11-24.fit",
        "big_activity.fit",
        "edge1040-activity_recent.fit",
        "activity-large-fenxi2-multisport.fit",
    ];

    /// <summary>
    /// Files left out of the whole-corpus target because they fail the FIT integrity checks on purpose or
    /// by accident (SOURCES.md marks each one "fails integrity check" or NEGATIVE): a strict decoder must
    /// refuse them, so their time would measure error paths, not decoding. GPSBabel refuses the same 8.
    /// </summary>
    public static IReadOnlySet<string> Excluded { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "activity-activity-filecrc.fit",
        "activity-filecrc.fit",
        "activity-settings-corruptheader.fit",
        "activity-settings-nodata.fit",
        "activity-unexpected-eof.fit",
        "lezyne_super_gps-garmin_fit-sample-bad-endian.fit",
        "nick.fit",
        "strava-android-app-201.10-b1218918.fit",
    };

    private static readonly Lazy<string> Located = new(Locate);

    public static string Root => Located.Value;

    public static string FitPath(string fileName) => Path.Combine(Root, "fit", fileName);

    /// <summary>Every valid FIT file of the corpus, full paths, in ordinal order of their names.</summary>
    public static IReadOnlyList<string> ValidFitFiles() =>
        Directory.EnumerateFiles(Path.Combine(Root, "fit"))
            .Where(path => path.EndsWith(".fit", StringComparison.OrdinalIgnoreCase))
            .Where(path => !Excluded.Contains(Path.GetFileName(path)))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The files a target names: one large file, or <see cref="WholeCorpus"/>.</summary>
    public static IReadOnlyList<string> FilesOf(string target) =>
        target == WholeCorpus ? ValidFitFiles() : [FitPath(target)];

    private static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(configured))
        {
            var full = Path.GetFullPath(configured);
            return Directory.Exists(Path.Combine(full, "fit"))
                ? full
                : throw new InvalidOperationException($"{Variable}={configured}: no fit/ folder in {full}.");
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(Path.Combine(candidate, "fit"))) return candidate;
        }
        throw new InvalidOperationException($"The FIT corpus was not found; set {Variable} to its folder.");
    }
}
