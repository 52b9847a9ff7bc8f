using System.Text.Json;
using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>`coach today` on signals and races entered through the CLI, over a short manual history.</summary>
public class TodayCommandTests
{
    private static async Task<TempDirectory> HistoryAsync()
    {
        var data = new TempDirectory();
        foreach (var day in new[] { "2026-11-10", "2026-11-12", "2026-11-14", "2026-11-15", "2026-11-17", "2026-11-19" })
            await CliRun.RunAsync("activity", "add", "--date", day, "--distance", "8km", "--duration", "45:00", "--data-dir", data.Path);
        return data;
    }

    private static async Task<JsonElement> TodayAsync(TempDirectory data) =>
        (await CliRun.RunAsync("today", "--date", "2026-11-21", "--data-dir", data.Path, "--json")).Json();

    [Theory]
    [InlineData("above-neck", "RECOVERY_RUN")]
    [InlineData("above_neck", "RECOVERY_RUN")]
    [InlineData("below-neck", "FULL_REST")]
    public async Task Today_Illness_NeckCheckDecides(string illness, string expected)
    {
        using var data = await HistoryAsync();
        await CliRun.RunAsync("signals", "add", "--date", "2026-11-21", "--illness", illness, "--data-dir", data.Path);

        var json = await TodayAsync(data);

        Assert.Equal(expected, json.GetProperty("recommendation").GetString());
        Assert.Equal(["illness"], json.GetProperty("decided_by").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Today_RaceTomorrow_ShakeoutOnlyAndTheDayAfterARecoveryRun()
    {
        using var data = await HistoryAsync();
        await CliRun.RunAsync("race", "add", "--date", "2026-11-22", "--name", "Parkrun", "--distance", "5k", "--priority", "C", "--data-dir", data.Path);

        var before = await TodayAsync(data);
        var after = (await CliRun.RunAsync("today", "--date", "2026-11-23", "--data-dir", data.Path, "--json")).Json();

        Assert.Equal(("RECOVERY_RUN", "race_soon"), (before.GetProperty("recommendation").GetString(), before.GetProperty("decided_by")[0].GetString()));
        Assert.Equal(("RECOVERY_RUN", "race_recovery"), (after.GetProperty("recommendation").GetString(), after.GetProperty("decided_by")[0].GetString()));
    }

    [Fact]
    public async Task Today_NoSignalsSixRunsInTwoWeeks_ProceedsWithTheDataGuardrailClear()
    {
        using var data = await HistoryAsync();

        var json = await TodayAsync(data);

        Assert.Equal("PROCEED", json.GetProperty("recommendation").GetString());
        var guardrail = json.GetProperty("guardrails").EnumerateArray().Single(g => g.GetProperty("id").GetString() == "insufficient_data");
        Assert.Equal(6, guardrail.GetProperty("observed").GetProperty("activities_in_window").GetDouble());
    }
}
