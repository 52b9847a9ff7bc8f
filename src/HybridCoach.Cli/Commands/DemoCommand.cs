using System.CommandLine;
using HybridCoach.Application.Decisions;
using HybridCoach.Application.Demo;
using HybridCoach.Application.Import;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach demo`: a realistic synthetic runner's last months of training, written as FIT files by our own
/// encoder, imported into a scratch data directory (or --data-dir) with a profile, two weeks of recovery signals
/// and a race calendar, then summarised with today's call from the guardrails engine (recorded in the audit
/// trail like any `coach today`). The demo's "today" is the global --date (default today).
/// </summary>
public static class DemoCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var months = new Option<int>("--months") { Description = "How many months of training", DefaultValueFactory = _ => SyntheticAthlete.DefaultMonths };
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic athlete (same seed, same files)", DefaultValueFactory = _ => 7 };
        var command = new Command("demo", "Create a synthetic runner's history as FIT files, import it, and show it") { months, seed };
        command.SetAction((parse, cancel) =>
        {
            var context = contexts.Create(parse);
            if (parse.GetValue(months) is < 1 or > 60) throw new CliInputException("--months: must be from 1 to 60");
            return RunAsync(context, context.AsOf, parse.GetValue(months), parse.GetValue(seed), cancel);
        });
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, DateOnly today, int months, int seed, CancellationToken cancel)
    {
        var dataDirectory = context.DataDirOption ?? FreshScratchDirectory();
        await using var services = CommandContext.OpenServices(dataDirectory, context.AthleteOption);
        var demo = services.GetRequiredService<CreateDemoHistory>();
        var filesDirectory = Path.Combine(dataDirectory, "demo-files");
        var history = context.Console.CanShowProgress
            ? await context.Console.Ansi.Progress().AutoClear(true).StartAsync(async p =>
            {
                var task = p.AddTask("Importing demo FIT files");
                return await demo.CreateAsync(filesDirectory, today, months, seed, new Progress<ImportProgress>(x => { task.MaxValue = x.Total; task.Value = x.Completed; }), cancel);
            })
            : await demo.CreateAsync(filesDirectory, today, months, seed, null, cancel);
        var decision = history.Import.Imported + history.Import.Duplicates > 0
            ? await services.GetRequiredService<DecideToday>().DecideAsync(today, cancel) : null;
        if (context.Console.Json) context.Console.WriteJson(DemoJson.From(dataDirectory, history, decision));
        else Render(context.Console.Ansi, dataDirectory, history, decision);
        return history.Import.Imported + history.Import.Duplicates > 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static string FreshScratchDirectory()
    {
        var scratch = Path.Combine(Path.GetTempPath(), "hybridcoach-demo");
        if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        return scratch;
    }

    private static void Render(IAnsiConsole console, string dataDirectory, DemoHistory history, DecisionResult? decision)
    {
        var import = history.Import;
        console.MarkupLineInterpolated($"[bold]Demo runner[/]: {import.Total} FIT files written by HybridCoach's encoder to {history.FilesDirectory}");
        console.MarkupLineInterpolated($"Imported [green]{import.Imported}[/], duplicates {import.Duplicates}, failed {import.Failed} into {DataDirectoryText(dataDirectory)}");
        var table = new Table().Title("Weekly running volume").AddColumns("Week of", "Runs", "Distance", "Time", "Longest run", "Other");
        foreach (var week in history.Weeks)
        {
            table.AddRow(week.WeekStart.ToString("yyyy-MM-dd"), week.Runs.ToString(), Format.Km(week.RunDistance), Format.Time(week.RunTime),
                Format.Km(week.LongestRun), week.OtherSessions.ToString());
        }
        console.Write(table);
        foreach (var failed in import.Files.Where(f => f.Status == ImportStatus.Failed)) console.MarkupLineInterpolated($"[red]failed[/] {failed.Reason}");
        if (decision is not null) TodayCommand.Render(console, decision);
        console.MarkupLineInterpolated($"Next: [grey]coach summary --data-dir {dataDirectory}[/] (the weekly review), [grey]coach plan generate --data-dir {dataDirectory}[/] (a season plan for the goal race), then [grey]coach session[/] and [grey]coach checkin[/]; also [grey]coach metrics[/], [grey]coach activities[/]");
    }

    private static string DataDirectoryText(string dataDirectory) => Hosting.DataDirectory.DatabasePath(dataDirectory);
}
