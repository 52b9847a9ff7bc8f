using System.Diagnostics;

namespace HybridCoach.Cli.Tests;

/// <summary>Starts the built `coach` CLI (src/HybridCoach.Cli/bin/CONFIG/net10.0/coach.dll) as a separate process.</summary>
public static class CoachProcess
{
    /// <summary>Starts `coach` and collects what it writes on stderr into <paramref name="stderr"/>; both pipes are drained.</summary>
    public static Process Start(string[] args, out System.Text.StringBuilder stderr)
    {
        var text = new System.Text.StringBuilder();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(CoachDll());
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (text) text.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        stderr = text;
        return process;
    }

    /// <summary>Runs `coach` to its end: the exit code and what it wrote on stderr.</summary>
    public static async Task<(int ExitCode, string Stderr)> RunAsync(params string[] args)
    {
        using var process = Start(args, out var stderr);
        await process.WaitForExitAsync();
        return (process.ExitCode, stderr.ToString());
    }

    /// <summary>Runs `coach` with <paramref name="input"/> on its standard input: the exit code, stdout and stderr.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunWithInputAsync(byte[] input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(CoachDll());
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.BaseStream.WriteAsync(input);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The activities stored in a store file, read directly (read-only).</summary>
    public static long ActivityCount(string database)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM activities;";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Starts `coach`, draining both pipes so the child never blocks on a full pipe buffer.</summary>
    public static Process Start(params string[] args) => Start(args, out _);

    public static string CoachDll()
    {
        // This test project builds the CLI in the same configuration: bin/<Configuration>/net10.0.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var dll = Path.Combine(dir.FullName, "src", "HybridCoach.Cli", "bin", configuration, "net10.0", "coach.dll");
            if (File.Exists(dll)) return dll;
        }
        throw new FileNotFoundException("coach.dll not found; build src/HybridCoach.Cli in configuration " + configuration);
    }
}
