using Xunit;

namespace HybridCoach.Cli.Tests;

public class AthleteCommandTests
{
    private static readonly string[] FullSet =
    [
        "athlete", "set", "--name", "Ana Ruiz", "--birth-year", "1990", "--sex", "female", "--weight", "58.5",
        "--max-hr", "190", "--resting-hr", "48", "--lthr", "172", "--threshold-pace", "4:30", "--units", "km",
        "--available-days", "mon,tue,thu,sat,sun", "--long-run-day", "sun", "--clear-days", "fri", "--training-age", "5",
    ];

    [Fact]
    public async Task Set_EveryField_ShowReturnsExactlyThoseValues()
    {
        using var data = new TempDirectory();
        var set = await CliRun.RunAsync([.. FullSet, "--data-dir", data.Path, "--json"]);

        var show = await CliRun.RunAsync("athlete", "show", "--data-dir", data.Path, "--json");
        var p = show.Json();

        Assert.Equal(0, set.ExitCode);
        Assert.Equal(0, show.ExitCode);
        Assert.Equal("default", p.GetProperty("athlete").GetString());
        Assert.Equal("Ana Ruiz", p.GetProperty("name").GetString());
        Assert.Equal(1990, p.GetProperty("birth_year").GetInt32());
        Assert.Equal("female", p.GetProperty("sex").GetString());
        Assert.Equal(58.5, p.GetProperty("weight_kg").GetDouble());
        Assert.Equal(190, p.GetProperty("max_hr_bpm").GetInt32());
        Assert.Equal(48, p.GetProperty("resting_hr_bpm").GetInt32());
        Assert.Equal(172, p.GetProperty("lthr_bpm").GetInt32());
        Assert.Equal(270, p.GetProperty("threshold_pace_s_per_km").GetDouble());
        Assert.Equal(5, p.GetProperty("training_age_years").GetInt32());
        Assert.Equal(["mon", "tue", "thu", "sat", "sun"], p.GetProperty("available_days").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("sun", p.GetProperty("long_run_day").GetString());
        Assert.Equal(["fri"], p.GetProperty("clear_days").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("km", p.GetProperty("units").GetString());
        Assert.Equal(0, p.GetProperty("injuries").GetArrayLength());
    }

    [Fact]
    public async Task Set_ThresholdPacePerMile_StoredAsSecondsPerKm()
    {
        using var data = new TempDirectory();

        var p = (await CliRun.RunAsync("athlete", "set", "--name", "Bo", "--birth-year", "1985", "--sex", "male", "--units", "mi", "--threshold-pace", "8:00", "--data-dir", data.Path, "--json")).Json();

        // 480 s per mile / 1.609344 km per mile = 298.26 s per km.
        Assert.Equal(298.26, p.GetProperty("threshold_pace_s_per_km").GetDouble());
        Assert.Equal("mi", p.GetProperty("units").GetString());
    }

    [Fact]
    public async Task Set_OneField_KeepsTheOthers()
    {
        using var data = new TempDirectory();
        await CliRun.RunAsync([.. FullSet, "--data-dir", data.Path]);

        var p = (await CliRun.RunAsync("athlete", "set", "--max-hr", "188", "--data-dir", data.Path, "--json")).Json();

        Assert.Equal(188, p.GetProperty("max_hr_bpm").GetInt32());
        Assert.Equal(172, p.GetProperty("lthr_bpm").GetInt32());
        Assert.Equal("Ana Ruiz", p.GetProperty("name").GetString());
    }

    [Fact]
    public async Task InjuryAdd_Twice_ListsBothOldestFirst()
    {
        using var data = new TempDirectory();
        await CliRun.RunAsync([.. FullSet, "--data-dir", data.Path]);
        await CliRun.RunAsync("athlete", "injury", "add", "--site", "Achilles", "--side", "right", "--date", "2025-09-10", "--severity", "4", "--data-dir", data.Path);
        await CliRun.RunAsync("athlete", "injury", "add", "--site", "calf", "--side", "left", "--date", "2024-03-01", "--severity", "6", "--notes", "grade 1 strain", "--data-dir", data.Path);

        var injuries = (await CliRun.RunAsync("athlete", "show", "--data-dir", data.Path, "--json")).Json().GetProperty("injuries");

        Assert.Equal(2, injuries.GetArrayLength());
        var first = injuries[0];
        Assert.Equal(("calf", "left", "2024-03-01", 6, "grade 1 strain"),
            (first.GetProperty("site").GetString(), first.GetProperty("side").GetString(), first.GetProperty("date").GetString(), first.GetProperty("severity").GetInt32(), first.GetProperty("notes").GetString()));
        Assert.Equal(("achilles", "right", 4), (injuries[1].GetProperty("site").GetString(), injuries[1].GetProperty("side").GetString(), injuries[1].GetProperty("severity").GetInt32()));
    }

    [Theory]
    [InlineData("--max-hr", "300", "coach: max_hr_bpm 300: expected 100 to 240")]
    [InlineData("--max-hr", "abc", "coach: --max-hr 'abc': expected a whole number")]
    [InlineData("--lthr", "195", "coach: lthr_bpm 195: must be below max_hr_bpm 190")]
    [InlineData("--units", "yd", "coach: --units 'yd': expected km or mi")]
    [InlineData("--long-run-day", "fri", "coach: long_run_day Friday: is a day kept clear")]
    [InlineData("--available-days", "mon,fun", "coach: --available-days 'mon,fun': 'fun' is not a day; use mon, tue, wed, thu, fri, sat or sun, comma-separated")]
    [InlineData("--threshold-pace", "4:75", "coach: --threshold-pace '4:75': seconds must be below 60")]
    [InlineData("--birth-year", "1850", "coach: birth_year 1850: expected 1900 to 2100")]
    public async Task Set_BadValue_OneLineNamingTheInputAndTheProfileIsUnchanged(string option, string value, string expected)
    {
        using var data = new TempDirectory();
        await CliRun.RunAsync([.. FullSet, "--data-dir", data.Path]);

        var run = await CliRun.RunAsync("athlete", "set", option, value, "--data-dir", data.Path);
        var p = (await CliRun.RunAsync("athlete", "show", "--data-dir", data.Path, "--json")).Json();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(expected, Assert.Single(run.StderrLines));
        Assert.Equal(190, p.GetProperty("max_hr_bpm").GetInt32());
        Assert.Equal(1990, p.GetProperty("birth_year").GetInt32());
    }

    [Fact]
    public async Task Set_FirstTimeWithoutName_SaysWhatIsNeeded()
    {
        using var data = new TempDirectory();

        var run = await CliRun.RunAsync("athlete", "set", "--max-hr", "190", "--data-dir", data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("coach: athlete profile: none yet; the first one needs a name, a birth year and a sex", Assert.Single(run.StderrLines));
    }

    [Fact]
    public async Task InjuryAdd_SeverityOutOfRange_NamesTheField()
    {
        using var data = new TempDirectory();
        await CliRun.RunAsync([.. FullSet, "--data-dir", data.Path]);

        var run = await CliRun.RunAsync("athlete", "injury", "add", "--site", "calf", "--side", "left", "--date", "2025-01-01", "--severity", "11", "--data-dir", data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("coach: injury_severity 11: expected 0 to 10", Assert.Single(run.StderrLines));
    }

    [Fact]
    public async Task Show_NoProfile_ExitsNonZeroSayingHowToCreateOne()
    {
        using var data = new TempDirectory();

        await CliRun.RunAsync("activity", "add", "--date", "2026-11-01", "--distance", "5km", "--duration", "30:00", "--athlete", "Ana", "--data-dir", data.Path);
        var run = await CliRun.RunAsync("athlete", "show", "--athlete", "Ana", "--data-dir", data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("coach: athlete ana: no profile yet; create one with `coach athlete set --name N --birth-year Y --sex female|male`", Assert.Single(run.StderrLines));
    }
}
