using System.Diagnostics;
using System.Text;
using HybridCoach.Application.Demo;
using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// Issue 15 item 4 with real processes: two first imports into a new data directory at the same moment once crashed
/// in 3 of 10 runs ("table activities already exists": both ran the first migration). Migrations now run under the
/// write lock with the version read again inside it, so every run ends cleanly and stores each activity once.
/// </summary>
public class ConcurrentFirstImportTests
{
    [Fact]
    public async Task TwoFirstImports_SameMoment_NoCrashEachActivityOnce()
    {
        using var temp = new TempDirectory();
        var files = temp.Combine("files");
        Directory.CreateDirectory(files);
        var demo = new SyntheticAthlete(5).Generate(new DateOnly(2026, 5, 20), months: 1);
        foreach (var file in demo) File.WriteAllBytes(Path.Combine(files, file.FileName), file.Content);

        for (var round = 0; round < 5; round++)
        {
            var store = temp.Combine($"store{round}");
            var runs = await Task.WhenAll(CoachProcess.RunAsync("import", files, "--data-dir", store), CoachProcess.RunAsync("import", files, "--data-dir", store));

            Assert.All(runs, r => Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal));
            Assert.All(runs, r => Assert.DoesNotContain("already exists", r.Stderr, StringComparison.Ordinal));
            Assert.Equal(demo.Count, CoachProcess.ActivityCount(Path.Combine(store, "hybridcoach.db")));
        }
    }
}
