using Xunit;

namespace HybridCoach.Cli.Tests;

public class AthletesCommandTests
{
    private static Task<CliRun> AddRun(string dataDir, string date, params string[] extra) =>
        CliRun.RunAsync(["activity", "add", "--date", date, "--distance", "10km", "--duration", "50:00", "--data-dir", dataDir, "--json", .. extra]);

    [Fact]
    public async Task ActivityAdd_UnderAnotherAthlete_NotShownForTheDefault()
    {
        using var data = new TempDirectory();
        await AddRun(data.Path, "2026-11-01");
        await AddRun(data.Path, "2026-11-02", "--athlete", "Ana");
        await AddRun(data.Path, "2026-11-03", "--athlete", "ana");

        var mine = (await CliRun.RunAsync("activities", "--data-dir", data.Path, "--json")).Json();
        var ana = (await CliRun.RunAsync("activities", "--athlete", "ana", "--data-dir", data.Path, "--json")).Json();

        Assert.Equal(1, mine.GetProperty("count").GetInt32());
        Assert.Equal(2, ana.GetProperty("count").GetInt32());
        Assert.True(File.Exists(data.Combine("hybridcoach.db")));
        Assert.True(File.Exists(data.Combine("athletes", "ana", "hybridcoach.db")));
    }

    [Fact]
    public async Task Athletes_TwoAthletes_ListsBothWithDefaultAndActivityCounts()
    {
        using var data = new TempDirectory();
        await AddRun(data.Path, "2026-11-01");
        await CliRun.RunAsync("athlete", "set", "--name", "Ana Ruiz", "--birth-year", "1990", "--sex", "female", "--athlete", "ana", "--data-dir", data.Path);
        await AddRun(data.Path, "2026-11-02", "--athlete", "ana");
        await AddRun(data.Path, "2026-11-03", "--athlete", "ana");

        var list = (await CliRun.RunAsync("athletes", "--data-dir", data.Path, "--json")).Json();
        var athletes = list.GetProperty("athletes");

        Assert.Equal(2, list.GetProperty("count").GetInt32());
        Assert.Equal(("default", true, 1), (athletes[0].GetProperty("athlete").GetString(), athletes[0].GetProperty("default").GetBoolean(), athletes[0].GetProperty("activity_count").GetInt32()));
        Assert.Equal(("ana", false, "Ana Ruiz", 2),
            (athletes[1].GetProperty("athlete").GetString(), athletes[1].GetProperty("default").GetBoolean(), athletes[1].GetProperty("name").GetString(), athletes[1].GetProperty("activity_count").GetInt32()));
    }

    [Fact]
    public async Task Profiles_TwoAthletes_StaySeparate()
    {
        using var data = new TempDirectory();
        await CliRun.RunAsync("athlete", "set", "--name", "Bo", "--birth-year", "1980", "--sex", "male", "--data-dir", data.Path);
        await CliRun.RunAsync("athlete", "set", "--name", "Ana", "--birth-year", "1990", "--sex", "female", "--athlete", "ana", "--data-dir", data.Path);

        var bo = (await CliRun.RunAsync("athlete", "show", "--data-dir", data.Path, "--json")).Json();
        var ana = (await CliRun.RunAsync("athlete", "show", "--athlete", "ana", "--data-dir", data.Path, "--json")).Json();

        Assert.Equal(("Bo", "default"), (bo.GetProperty("name").GetString(), bo.GetProperty("athlete").GetString()));
        Assert.Equal(("Ana", "ana"), (ana.GetProperty("name").GetString(), ana.GetProperty("athlete").GetString()));
    }

    /// <summary>Issue 15 item 8: "Jo Se" and "Jo-Se" make the same store name; the second is refused naming both, while "JO SE" and a José typed with a combining accent are the same athlete.</summary>
    [Fact]
    public async Task Athlete_TwoNamesOneStoreName_ClashRefusedSameNameInOtherFormsAccepted()
    {
        using var data = new TempDirectory();
        Assert.Equal(0, (await AddRun(data.Path, "2026-11-02", "--athlete", "Jo Se")).ExitCode);

        var clash = await AddRun(data.Path, "2026-11-03", "--athlete", "Jo-Se");
        Assert.Equal(1, clash.ExitCode);
        Assert.Equal("coach: --athlete 'Jo-Se': its store name 'jo-se' already belongs to athlete 'Jo Se', and two athletes cannot share a store; "
            + "use 'Jo Se' for that athlete, or a name that differs in its letters or digits", Assert.Single(clash.StderrLines));

        Assert.Equal(0, (await AddRun(data.Path, "2026-11-04", "--athlete", "JO  SE")).ExitCode);
        Assert.Equal(2, (await CliRun.RunAsync("activities", "--athlete", "Jo Se", "--data-dir", data.Path, "--json")).Json().GetProperty("activities").GetArrayLength());

        Assert.Equal(0, (await AddRun(data.Path, "2026-11-05", "--athlete", "José")).ExitCode);
        Assert.Equal(0, (await AddRun(data.Path, "2026-11-06", "--athlete", "Jose\u0301")).ExitCode);   // e + combining acute: the same José
        Assert.Equal(2, (await CliRun.RunAsync("activities", "--athlete", "José", "--data-dir", data.Path, "--json")).Json().GetProperty("activities").GetArrayLength());
    }

    [Fact]
    public async Task Athlete_NameWithoutLettersOrDigits_OneLineNamingTheOption()
    {
        using var data = new TempDirectory();

        var run = await CliRun.RunAsync("activities", "--athlete", "../..", "--data-dir", data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("coach: --athlete '../..': expected a name with 1 to 64 letters or digits", Assert.Single(run.StderrLines));
    }

    [Theory]
    [InlineData("today")]
    [InlineData("activities")]
    [InlineData("state")]
    [InlineData("plan show")]
    public async Task ReadCommand_UnknownAthlete_RefusedNamingTheKnownOnesAndNothingCreated(string command)
    {
        using var data = new TempDirectory();
        await AddRun(data.Path, "2026-11-01", "--athlete", "ben");

        var run = await CliRun.RunAsync([.. command.Split(' '), "--athlete", "bne", "--data-dir", data.Path]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"coach: --athlete 'bne': no athlete 'bne' in {data.Path}; known: ben, default", Assert.Single(run.StderrLines), StringComparison.Ordinal);
        Assert.False(Directory.Exists(data.Combine("athletes", "bne")));
    }

    [Fact]
    public async Task DataDir_NotADatabaseOrAFile_OneLineNamingThePath()
    {
        using var data = new TempDirectory();
        File.WriteAllText(data.Combine("hybridcoach.db"), "not a database: a text file where the store should be, long enough for a header");
        var file = data.Combine("a-file");
        File.WriteAllText(file, "x");

        var broken = await CliRun.RunAsync("today", "--data-dir", data.Path);
        var onFile = await CliRun.RunAsync("activities", "--data-dir", file);

        Assert.Equal((1, $"coach: store {data.Combine("hybridcoach.db")}: the file is not a database (SQLite error 26): run `coach check` for details, and restore the last backup (`coach backup` makes one)"), (broken.ExitCode, Assert.Single(broken.StderrLines)));
        Assert.Equal((1, $"coach: store {Path.Combine(file, "hybridcoach.db")}: {file} is a file, not a folder (check --data-dir)"), (onFile.ExitCode, Assert.Single(onFile.StderrLines)));
    }

    [Fact]
    public async Task Athlete_AccentedName_OwnStoreAndTheRenameSaid()
    {
        using var data = new TempDirectory();
        var jose = await AddRun(data.Path, "2026-11-01", "--athlete", "José María");
        await AddRun(data.Path, "2026-11-02", "--athlete", "Jos");

        Assert.Equal("note: athlete 'José María' is stored as 'josé-maría' (a safe folder name)", Assert.Single(jose.StderrLines));
        Assert.True(File.Exists(data.Combine("athletes", "josé-maría", "hybridcoach.db")));
        var count = (await CliRun.RunAsync("activities", "--athlete", "Jos", "--data-dir", data.Path, "--json")).Json().GetProperty("count").GetInt32();
        Assert.Equal(1, count); // "Jos" is another athlete, not José's store
    }

    [Fact]
    public async Task Athlete_StoredBeforeAccentsWereKept_StillFound()
    {
        using var data = new TempDirectory();
        await AddRun(data.Path, "2026-11-01", "--athlete", "jos"); // where "José" was stored when non-ASCII letters were dropped

        var run = (await CliRun.RunAsync("activities", "--athlete", "José", "--data-dir", data.Path, "--json")).Json();

        Assert.Equal(1, run.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task ActivityRpe_SetsTheValueShownByActivityShow()
    {
        using var data = new TempDirectory();
        var id = (await AddRun(data.Path, "2026-11-01", "--rpe", "3")).Json().GetProperty("activity_id").GetInt64();

        var set = await CliRun.RunAsync("activity", "rpe", id.ToString(), "7", "--data-dir", data.Path, "--json");
        var show = (await CliRun.RunAsync("activity", "show", id.ToString(), "--data-dir", data.Path, "--json")).Json().GetProperty("activity");

        Assert.Equal(0, set.ExitCode);
        Assert.Equal(7, set.Json().GetProperty("rpe").GetInt32());
        Assert.Equal(7, show.GetProperty("rpe").GetInt32());
    }

    [Theory]
    [InlineData("1", "11", "coach: RPE '11': expected a whole number from 1 to 10", 1)]
    [InlineData("99", "7", "coach: activity 99: no such activity", 3)]
    public async Task ActivityRpe_BadInput_OneLineNamingIt(string id, string rpe, string expected, int exit)
    {
        using var data = new TempDirectory();
        await AddRun(data.Path, "2026-11-01");

        var run = await CliRun.RunAsync("activity", "rpe", id, rpe, "--data-dir", data.Path);

        Assert.Equal(exit, run.ExitCode);
        Assert.Equal(expected, Assert.Single(run.StderrLines));
    }
}
