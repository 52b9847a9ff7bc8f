using HybridCoach.Cli.Output;
using Microsoft.Data.Sqlite;
using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// Issue 15 item 3 (terminal output): stored strings lose escape sequences and control characters and have their
/// markup escaped before they are shown — a recommendation of "[PROCEED" in the audit store once crashed `audit list`.
/// </summary>
public class TerminalTextTests
{
    [Theory]
    [InlineData("Ana\u001B[2J\u001B[H", "Ana")]                                         // clear screen, cursor home
    [InlineData("\u001B]8;;https://evil.example\u0007click\u001B]8;;\u0007", "click")]  // an OSC-8 link
    [InlineData("ok\u009B31mred", "okred")]                                            // 8-bit CSI
    [InlineData("bell\u0007 and NUL\u0000 and DEL\u007F", "bell and NUL and DEL")]
    [InlineData("two\tcolumns\nand lines", "two\tcolumns\nand lines")]
    [InlineData("José Müller 日本", "José Müller 日本")]
    public void Plain_ControlsAndEscapes_Removed(string stored, string shown) => Assert.Equal(shown, TerminalText.Plain(stored));

    [Fact]
    public void Cell_Markup_Escaped() => Assert.Equal("[[PROCEED]] [[red]]x", TerminalText.Cell("[PROCEED] [red]x"));

    [Fact]
    public async Task AuditList_TamperedRecommendation_ShownNotCrashedAndVerifyFindsIt()
    {
        using var dir = new TempDirectory();
        async Task<CliRun> Run(params string[] args) => await CliRun.RunAsync(["--data-dir", dir.Path, "--date", "2026-05-20", .. args]);
        Assert.Equal(0, (await Run("demo", "--months", "1")).ExitCode);
        Assert.Equal(0, (await Run("today")).ExitCode);
        var intact = await Run("audit", "verify");
        Assert.Equal((0, "audit intact: 2 decision(s) and 2 narration(s) chained"), (intact.ExitCode, intact.Stdout.Trim())); // each call and its explanation // the demo's call and today's
        using (var connection = new SqliteConnection($"Data Source={Directory.GetFiles(dir.Path, "*.db", SearchOption.AllDirectories).Single()}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // Someone with the file: the append-only trigger stops the app, not them.
            command.CommandText = "DROP TRIGGER decisions_no_update; UPDATE decisions SET recommendation = '[PROCEED' || char(27) || '[2J';";
            Assert.True(command.ExecuteNonQuery() >= 1);
        }
        SqliteConnection.ClearAllPools();

        var list = await Run("audit", "list");
        var verify = await Run("audit", "verify");

        Assert.True(list.ExitCode == 0, list.Stderr);
        Assert.Contains("[PROCEED", list.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001B[2J", list.Stdout, StringComparison.Ordinal);
        // The rewrite is found by the hash chain (issue 15 item 6).
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("edited (its content no longer matches its hash)", verify.Stdout, StringComparison.Ordinal);
    }
}
