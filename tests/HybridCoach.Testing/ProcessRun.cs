using System.Diagnostics;

namespace HybridCoach.Testing;

/// <summary>One run of an executable to its end: exit code, stdout and stderr (both pipes drained), bounded by a timeout.</summary>
public sealed record ProcessRun(int ExitCode, string Stdout, string Stderr)
{
    public static async Task<ProcessRun> RunAsync(string fileName, IEnumerable<string> args, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)}: no exit within {timeout.TotalSeconds:0} s");
        }
        return new ProcessRun(process.ExitCode, await stdout, await stderr);
    }
}
