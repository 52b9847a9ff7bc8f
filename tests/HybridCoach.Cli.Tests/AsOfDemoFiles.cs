using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// Two months of the demo runner's FIT files (ending 2026-05-20), split at <see cref="AsOf"/>: the files of
/// days up to it and the later ones, so a test can import the first, read as of the date, import the rest and
/// read again. File names start with the session's local date ("2026-05-02-easy-run.fit").
/// </summary>
public sealed class AsOfDemoFiles : IDisposable
{
    public const string AsOf = "2026-05-06";
    public const string DemoEnd = "2026-05-20";

    private readonly TempDirectory _scratch = new();

    public AsOfDemoFiles()
    {
        var demo = CliRun.RunAsync("demo", "--date", DemoEnd, "--months", "2", "--data-dir", _scratch.Path, "--json").GetAwaiter().GetResult();
        Assert.Equal(0, demo.ExitCode);
        var files = Directory.GetFiles(_scratch.Combine("demo-files"), "*.fit").Order(StringComparer.Ordinal).ToArray();
        UpToAsOf = files.Where(f => string.CompareOrdinal(Path.GetFileName(f)[..10], AsOf) <= 0).ToArray();
        Later = files.Except(UpToAsOf).ToArray();
    }

    public string[] UpToAsOf { get; }

    public string[] Later { get; }

    public void Dispose() => _scratch.Dispose();
}
