using System.Text.RegularExpressions;
using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// The natively compiled coach (./build-native: no JIT, no reflection-based JSON, Dapper bound at compile time) does
/// the whole coaching loop exactly as the JIT build: the same answers and the same stored bytes, command by command.
/// </summary>
public partial class NativeCoachTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private static readonly string[][] Scenario =
    [
        ["demo", "--date", "2026-05-20", "--months", "3", "--json"],
        ["--json", "today", "--date", "2026-05-20"],
        ["--json", "metrics", "--date", "2026-05-20"],
        ["--json", "summary", "--date", "2026-05-20"],
        ["--json", "plan", "generate", "--date", "2026-05-20", "--strength"],
        ["--json", "plan", "show", "--date", "2026-05-20"],
        ["--json", "session", "2026-05-23", "--date", "2026-05-21"],
        ["--json", "signals", "add", "--date", "2026-05-22", "--resting-hr", "52", "--hrv", "60", "--sleep-hours", "7", "--soreness", "3", "--sore-site", "calf=4"],
        ["--json", "today", "--date", "2026-05-22"],
        ["--json", "checkin", "--date", "2026-05-24", "--week", "2026-05-18", "--effort", "6", "--fatigue", "7", "--niggle", "calf:left:3", "--request", "fewer hills"],
        ["--json", "adjust", "2026-05-26", "--date", "2026-05-25", "--reason", "only 30 min"],
        ["--json", "inbox", "--date", "2026-05-25"],
        ["--json", "signals", "add", "--date", "2026-05-26", "--pain-site", "knee"],
        ["--json", "today", "--date", "2026-05-26"],
        ["--json", "audit", "show", "1"],
        ["--json", "audit", "narrations"],
        ["--json", "replay", "1"],
        ["--json", "activities", "--date", "2026-05-20"],
        ["--json", "activity", "show", "3"],
        ["--json", "check"],
        ["audit", "verify"],
        ["--json", "import-log", "{dir}/log.csv"],
    ];

    [NativeFact]
    public async Task NativeCoach_RunsTheCoachingLoop_ExactlyAsTheJitBuild()
    {
        Assert.Null(NativeCoach.Unusable());
        using var jitDir = new TempDirectory();
        using var nativeDir = new TempDirectory();
        foreach (var dir in new[] { jitDir, nativeDir })
            await File.WriteAllTextAsync(dir.Combine("log.csv"), "date,distance_km,duration,rpe,notes\n2026-05-27,8.5,45:10,4,easy \"shakeout\"\n");

        foreach (var step in Scenario)
        {
            var jit = await ProcessRun.RunAsync("dotnet", [CoachProcess.CoachDll(), .. Args(step, jitDir)], Timeout);
            var native = await ProcessRun.RunAsync(NativeCoach.Path, Args(step, nativeDir), Timeout);

            var command = string.Join(' ', step);
            Assert.True(jit.ExitCode == 0, $"JIT `{command}` exit {jit.ExitCode}: {jit.Stderr}");
            Assert.True(native.ExitCode == 0, $"native `{command}` exit {native.ExitCode}: {native.Stderr}");
            Assert.Equal(Normal(jit.Stdout, jitDir), Normal(native.Stdout, nativeDir));
        }
        Assert.Equal(Normal(await DumpAsync(jitDir), jitDir), Normal(await DumpAsync(nativeDir), nativeDir));
    }

    [NativeFact]
    public async Task NativeCoach_BadInput_IsOneLineAndExit1_NotACrash()
    {
        using var dir = new TempDirectory();
        await File.WriteAllBytesAsync(dir.Combine("junk.fit"), [0x0E, 0x10, 0x43, 0x08, 0xFF, 0xFF, 0xFF, 0x7F, 0x2E, 0x46, 0x49, 0x54, 0, 0]);

        var run = await ProcessRun.RunAsync(NativeCoach.Path, ["--data-dir", dir.Combine("data"), "inspect", dir.Combine("junk.fit")], Timeout);

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("junk.fit", run.Stderr, StringComparison.Ordinal);
    }

    private static string[] Args(string[] step, TempDirectory dir) =>
        ["--data-dir", dir.Combine("data"), .. step.Select(a => a.Replace("{dir}", dir.Path, StringComparison.Ordinal))];

    /// <summary>Every table of the store as text (sqlite3's .dump is not assumed: rows are read here in id order).</summary>
    private static async Task<string> DumpAsync(TempDirectory dir)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={dir.Combine("data", "hybridcoach.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var text = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid;";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                text.Append(table).Append(':');
                for (var i = 0; i < reader.FieldCount; i++) text.Append(' ').Append(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i) is byte[] b ? Convert.ToHexString(b) : reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture));
                text.AppendLine();
            }
        }
        return text.ToString();
    }

    /// <summary>Without what differs between two runs by nature: the folder, the wall-clock times and the hashes that cover them.</summary>
    private static string Normal(string text, TempDirectory dir) =>
        Hash().Replace(WallClock().Replace(text.Replace(dir.Path, "DIR", StringComparison.Ordinal), "NOW"), "HASH");

    [GeneratedRegex(@"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?")]
    private static partial Regex WallClock();

    [GeneratedRegex("[0-9a-f]{64}")]
    private static partial Regex Hash();
}
