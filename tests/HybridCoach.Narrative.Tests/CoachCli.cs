using System.Diagnostics;
using System.Text.Json;
using HybridCoach.Cli;

namespace HybridCoach.Narrative.Tests;

/// <summary>
/// Runs `coach` in-process (no LLM configured) or as a child process with its own environment — the LLM variables
/// are process-wide, so a child keeps them away from tests running in parallel.
/// </summary>
public static class CoachCli
{
    public static async Task<(int Exit, string Stdout, string Stderr)> InProcessAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CoachCommandLine.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static async Task<(int Exit, string Stdout, string Stderr)> ChildAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(CoachDll());
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("HYBRIDCOACH_LLM_", StringComparison.Ordinal)).ToList()) start.Environment.Remove(key);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    public static JsonElement Json(string stdout)
    {
        using var document = JsonDocument.Parse(stdout);
        return document.RootElement.Clone();
    }

    private static string CoachDll()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "coach.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("coach.dll not found next to the tests", dll);
    }
}
