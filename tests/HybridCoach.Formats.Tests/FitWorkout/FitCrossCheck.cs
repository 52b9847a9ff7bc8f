using System.Diagnostics;

namespace HybridCoach.Formats.Tests.FitWorkout;

/// <summary>Finds tests/fit-crosscheck and runs its scripts (they install fit-file-parser on first use).</summary>
public static class FitCrossCheck
{
    private static readonly Lazy<string?> Located = new(Locate);

    public static string? Folder => Located.Value;

    public static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));

    /// <summary>Runs a script of the folder with bash; returns its exit code, stdout and stderr.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Folder ?? throw new InvalidOperationException("tests/fit-crosscheck not found"), script));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A guard against a hung install, not a timing assertion.
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish within 5 minutes");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "fit-crosscheck");
            if (File.Exists(Path.Combine(candidate, "check-workouts.mjs"))) return candidate;
        }
        return null;
    }
}
