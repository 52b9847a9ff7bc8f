using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>`coach hold`, `coach flag clear` and `coach state`: clear errors naming the input, and what each records.</summary>
public class CoachHandsCommandTests
{
    private static async Task<CliRun> Run(TempDirectory dir, params string[] args) => await CliRun.RunAsync(["--data-dir", dir.Path, "--date", "2026-05-20", .. args]);

    [Theory]
    [InlineData("hold place --kind no-swimming --reason x", "--kind 'no-swimming': expected one of no_training, no_running, no_hard_sessions, max_weekly_distance")]
    [InlineData("hold place --kind max-weekly-distance --reason x", "max weekly km: required for a max_weekly_distance hold")]
    [InlineData("hold place --kind no-running --km 30 --reason x", "max weekly km: only for a max_weekly_distance hold")]
    [InlineData("hold place --kind no-running --from 2026-05-01 --reason x", "--from 2026-05-01: before the as-of day 2026-05-20")]
    [InlineData("hold place --kind no-running --until 2026-05-19 --reason x", "until 2026-05-19: before the hold starts (2026-05-20)")]
    [InlineData("hold lift h7 --reason x", "hold 'h7': no such hold")]
    [InlineData("hold lift seven --reason x", "hold 'seven': expected a hold id such as h3")]
    [InlineData("flag clear e4 --reason x", "ALERT 'e4': no such alert")]
    [InlineData("flag clear p2 --reason x", "ALERT 'p2': not an alert")]
    public async Task BadInput_ExitsNonZeroNamingTheInput(string command, string message)
    {
        using var dir = new TempDirectory();
        var result = await Run(dir, command.Split(' '));
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hold_PlaceStateLiftTwice_RecordedAndSecondLiftRefused()
    {
        using var dir = new TempDirectory();
        var placed = (await Run(dir, "hold", "place", "--kind", "max-weekly-distance", "--km", "30", "--reason", "return from injury", "--by", "coach Ana", "--json")).Json();
        Assert.Equal(("h1", "max_weekly_distance", 30.0, "2026-05-20", "coach Ana"), (placed.GetProperty("id").GetString(), placed.GetProperty("kind").GetString(),
            placed.GetProperty("max_weekly_km").GetDouble(), placed.GetProperty("starts").GetString(), placed.GetProperty("placed_by").GetString()));
        var state = (await Run(dir, "state", "--json")).Json();
        Assert.Equal("h1", state.GetProperty("holds")[0].GetProperty("id").GetString());
        Assert.Equal("PROCEED", state.GetProperty("state_call").GetString()); // no running in the 6 days before: the cap is not reached
        Assert.Equal(0, (await Run(dir, "hold", "lift", "h1", "--reason", "back to normal")).ExitCode);
        var again = await Run(dir, "hold", "lift", "h1", "--reason", "twice");
        Assert.Contains("hold h1: already lifted by coach from 2026-05-20", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, (await Run(dir, "state", "--json")).Json().GetProperty("holds").GetArrayLength());
    }

    [Fact]
    public async Task FlagClear_NotAFlagOrTwice_Refused()
    {
        using var dir = new TempDirectory();
        await Run(dir, "checkin", "--week", "2026-05-18", "--effort", "5", "--fatigue", "5", "--notes", "I fainted after the intervals");
        await Run(dir, "checkin", "--week", "2026-05-11", "--effort", "5", "--fatigue", "5", "--notes", "my right knee hurts");
        var flags = (await Run(dir, "state", "--json")).Json().GetProperty("flags").EnumerateArray().Select(f => (f.GetProperty("kind").GetString(), f.GetProperty("site").ToString())).ToList();
        Assert.Equal([("pain", "right_knee"), ("medical_red_flag", "")], flags);
        Assert.Equal(0, (await Run(dir, "flag", "clear", "e1", "--reason", "cardiology: vasovagal, cleared")).ExitCode);
        Assert.Contains("ALERT e1: already cleared", (await Run(dir, "flag", "clear", "e1", "--reason", "again")).Stderr, StringComparison.Ordinal);
        var inbox = (await Run(dir, "inbox", "--json")).Json().GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Equal(["e2"], inbox);
    }
}
