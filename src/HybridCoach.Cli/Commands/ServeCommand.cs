using System.CommandLine;
using System.Diagnostics;
using HybridCoach.Hosting;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach serve [--urls URL]`: starts the web app (src/HybridCoach.Web, the `coach-web` program) on the data
/// directory's stores, on http://127.0.0.1:5080 unless told otherwise, and runs until it is stopped (Ctrl+C).
/// </summary>
public static class ServeCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var urls = new Option<string?>("--urls") { Description = "Where to listen, e.g. http://127.0.0.1:8080 (default http://127.0.0.1:5080; behind a reverse proxy for HTTPS)" };
        var command = new Command("serve", "Start the web app for runners on this data directory (accounts, today's call, uploads)") { urls };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var dataDirectory = DataDirectory.Resolve(context.DataDirOption, Environment.GetEnvironmentVariable);
            var web = WebAppExecutable.Find() ?? throw new CliInputException(
                "coach serve: the web app is not built; run `dotnet build src/HybridCoach.Web -c Release` (./coach serve builds it)");
            var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
            foreach (var arg in (string[])[web, "--data-dir", dataDirectory, "--urls", parse.GetValue(urls) ?? "http://127.0.0.1:5080"]) start.ArgumentList.Add(arg);
            using var process = Process.Start(start) ?? throw new CliInputException("coach serve: could not start dotnet");
            try
            {
                await process.WaitForExitAsync(cancel);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
            }
            return process.ExitCode == 0 ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }
}
