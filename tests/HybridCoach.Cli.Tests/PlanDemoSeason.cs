using System.Text.Json;
using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// `coach demo --date 2026-05-20 --months 3` (profile: threshold pace 4:22/km, LTHR 171, available Tue–Sun, long
/// run Sunday, Monday clear; goal half marathon on the last Sunday on or before 12 weeks ahead, 2026-08-09) and then
/// `coach plan generate --json`, once for all the plan command tests.
/// </summary>
public sealed class PlanDemoSeason : IAsyncLifetime, IDisposable
{
    public const string AsOf = "2026-05-20";
    public static readonly DateOnly GoalRaceDay = new(2026, 8, 9);

    private readonly TempDirectory _directory = new();

    public string DataDir => _directory.Path;
    public JsonElement Generated { get; private set; }
    public JsonElement Plan { get; private set; }

    public Task<CliRun> RunAsync(params string[] args) => CliRun.RunAsync(["--data-dir", DataDir, .. args]);

    public async Task InitializeAsync()
    {
        var demo = await RunAsync("demo", "--date", AsOf, "--months", "3");
        Assert.True(demo.ExitCode == 0, demo.Stderr);
        var generate = await RunAsync("--date", AsOf, "plan", "generate", "--json");
        Assert.True(generate.ExitCode == 0, generate.Stderr);
        Generated = generate.Json();
        Plan = (await RunAsync("plan", "show", "--json")).Json();
    }

    public IEnumerable<JsonElement> Days => Plan.GetProperty("microcycles").EnumerateArray().SelectMany(m => m.GetProperty("days").EnumerateArray());

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _directory.Dispose();
}
