using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// Issue 15 item 5, with real processes and real file systems: a full disk (a 1.3 MB tmpfs), a read-only folder
/// (a read-only bind mount), a truncated store and a missing write-ahead log. Each gives one line naming the file
/// and the reason and exit 1 — never a stack trace — loses nothing already saved, and leaves a damaged file as it
/// was. The mounts live in a private mount namespace (`unshare -rm`), so nothing outside the test sees them.
/// </summary>
public sealed class StoreFaultTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _store;

    public StoreFaultTests()
    {
        _store = _temp.Combine("store");
        var demo = Cli("--data-dir", _store, "demo", "--date", "2026-05-20", "--months", "2", "--json");
        Assert.True(demo.Exit == 0, demo.Stderr);
    }

    public void Dispose() => _temp.Dispose();

    private string Database => Path.Combine(_store, "hybridcoach.db");

    [Fact]
    public void DiskFull_ImportStopsWithOneLineAndKeepsEverySavedActivity()
    {
        var full = _temp.Combine("full");
        var copy = _temp.Combine("after");
        Directory.CreateDirectory(full);
        Directory.CreateDirectory(copy);
        var before = Count(Database);
        var files = _temp.Combine("files");
        Directory.CreateDirectory(files);
        // 40 more runs: far more than the space left on the small disk.
        foreach (var file in new Application.Demo.SyntheticAthlete(9).Generate(new DateOnly(2026, 9, 20), months: 2))
            File.WriteAllBytes(Path.Combine(files, file.FileName), file.Content);

        var run = Isolated($"mount -t tmpfs -o size=1300k tmpfs {full} && cp {Database} {full}/ && {Coach} --data-dir {full} import {files}; echo \"exit=$?\"; cp {full}/hybridcoach.db* {copy}/");

        Assert.Contains("exit=1", run.Stdout, StringComparison.Ordinal);
        var error = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"coach: store {full}/hybridcoach.db: the disk is full (SQLite error 13)", error, StringComparison.Ordinal);
        var saved = Count(Path.Combine(copy, "hybridcoach.db"));
        Assert.InRange(saved, before + 1, before + 39);
        Assert.Equal("ok", Integrity(Path.Combine(copy, "hybridcoach.db")));
    }

    [Fact]
    public void ReadOnlyFolder_OneLineNamingTheFolder()
    {
        var run = Isolated($"mount --bind {_store} {_store} && mount -o remount,bind,ro {_store} && {Coach} --data-dir {_store} activities; echo \"exit=$?\"");
        Assert.Contains("exit=1", run.Stdout, StringComparison.Ordinal);
        Assert.Equal($"coach: store {Database}: its folder {_store} is read-only (SQLite error 14): the store needs to write its -wal and -shm files beside it; "
            + "check the folder's permissions and that the disk is not mounted read-only", run.Stderr.Trim());
    }

    [Fact]
    public void TruncatedStore_EveryCommandOneLine_ImportWritesNothing_CheckSaysHowToRecover()
    {
        using (var stream = new FileStream(Database, FileMode.Open)) stream.SetLength(stream.Length / 2);
        var hash = Sha256(Database);

        foreach (var args in new[] { ["activities"], ["today", "--date", "2026-05-18"], ["import", _temp.Combine("nothing-here.fit")], new[] { "metrics" } })
        {
            var run = Cli(["--data-dir", _store, .. args]);
            Assert.Equal(1, run.Exit);
            Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
            Assert.Contains($"store {Database}: ", run.Stderr, StringComparison.Ordinal);
        }
        Assert.Contains("the store is damaged (database disk image is malformed) (SQLite error 11)", Cli("--data-dir", _store, "activities").Stderr, StringComparison.Ordinal);
        Assert.Equal(hash, Sha256(Database));

        var check = Cli("--data-dir", _store, "check");
        Assert.Equal(1, check.Exit);
        Assert.Contains("cannot be read: database disk image is malformed (SQLite error 11)", check.Stdout, StringComparison.Ordinal);
        Assert.Contains("Copy your last backup (made by `coach backup FILE`)", check.Stdout, StringComparison.Ordinal);
        Assert.Equal(hash, Sha256(Database));
    }

    [Fact]
    public void Backup_ConsistentCopyCheckedSound_NeverOverwrites()
    {
        var backup = _temp.Combine("backup.db");
        var made = Cli("--data-dir", _store, "backup", backup);
        Assert.True(made.Exit == 0, made.Stderr);
        Assert.Contains($"Store {backup}: sound (integrity check ok, foreign keys ok, schema version 13)", made.Stdout, StringComparison.Ordinal);
        Assert.Equal(Count(Database), Count(backup));
        Assert.False(File.Exists(backup + "-wal"));

        var again = Cli("--data-dir", _store, "backup", backup);
        Assert.Equal(ExitCodes.Conflict, again.Exit);
        Assert.Equal($"coach: backup {backup}: already exists; name a new file (a backup never overwrites anything)", again.Stderr.Trim());

        var check = Cli("--data-dir", _store, "check", "--file", backup, "--json");
        Assert.Equal(0, check.Exit);
    }

    [Fact]
    public void DamagedPage_CheckListsTheProblems()
    {
        var copy = _temp.Combine("damaged.db");
        File.Copy(Database, copy);
        // An index that no longer matches its table (its definition rewritten under it): what a torn write or a bad
        // disk leaves behind, found only by the integrity check, while every query still runs.
        using (var connection = new SqliteConnection($"Data Source={copy};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = 'CREATE INDEX ix_activities_start_time_utc ON activities (distance_m)' "
                + "WHERE name = 'ix_activities_start_time_utc';";
            command.ExecuteNonQuery();
        }
        var check = Cli("--data-dir", _store, "check", "--file", copy);
        Assert.Equal(1, check.Exit);
        Assert.Contains("DAMAGED", check.Stdout, StringComparison.Ordinal);
        Assert.Contains("  integrity: row 1 missing from index ix_activities_start_time_utc", check.Stdout, StringComparison.Ordinal);
        Assert.Contains("To recover:", check.Stdout, StringComparison.Ordinal);
    }

    private static string Coach => $"dotnet {CoachProcess.CoachDll()}";

    private static (int Exit, string Stdout, string Stderr) Cli(params string[] args)
    {
        using var process = new Process { StartInfo = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false } };
        process.StartInfo.ArgumentList.Add(CoachProcess.CoachDll());
        foreach (var arg in args) process.StartInfo.ArgumentList.Add(arg);
        return Wait(process);
    }

    /// <summary>Runs a shell script as root of a new user and mount namespace: its mounts vanish when it ends.</summary>
    private static (int Exit, string Stdout, string Stderr) Isolated(string script)
    {
        using var process = new Process { StartInfo = new ProcessStartInfo("unshare") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false } };
        foreach (var arg in new[] { "-rm", "sh", "-c", script }) process.StartInfo.ArgumentList.Add(arg);
        return Wait(process);
    }

    private static (int Exit, string Stdout, string Stderr) Wait(Process process)
    {
        process.Start();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "timed out");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static long Count(string database) => Scalar<long>(database, "SELECT COUNT(*) FROM activities;");

    private static string Integrity(string database) => Scalar<string>(database, "PRAGMA integrity_check;");

    private static T Scalar<T>(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }

    private static string Sha256(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
