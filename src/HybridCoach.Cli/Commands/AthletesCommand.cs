using System.CommandLine;
using HybridCoach.Application.Activities;
using HybridCoach.Application.Athletes;
using HybridCoach.Cli.Output;
using HybridCoach.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach athletes`: every athlete with a database in the data directory, the default marked, with activity
/// counts as of --date (activities starting after it are not counted).
/// </summary>
public static class AthletesCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var command = new Command("athletes", "List the athletes in the data directory");
        command.SetAction((parse, cancel) => RunAsync(contexts.Create(parse), cancel));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, CancellationToken cancel)
    {
        string dataDirectory;
        await using (var resolver = context.OpenServices()) dataDirectory = resolver.GetRequiredService<DataDirectoryLocation>().Path;
        var entries = new List<AthleteEntryJson>();
        foreach (var athlete in AthleteDatabases.List(dataDirectory))
        {
            if (!File.Exists(athlete.DatabasePath))
            {
                entries.Add(new AthleteEntryJson(athlete.Slug, athlete.IsDefault, null, 0));
                continue;
            }
            await using var services = CommandContext.OpenServices(dataDirectory, athlete.IsDefault ? null : athlete.Slug);
            var count = await services.GetRequiredService<IActivityStore>().CountAsOfAsync(ActivityQuery.All, context.AsOf, cancel);
            var profile = await services.GetRequiredService<IAthleteStore>().GetProfileAsync(cancel);
            entries.Add(new AthleteEntryJson(athlete.Slug, athlete.IsDefault, profile?.Name, count));
        }
        if (context.Console.Json)
        {
            context.Console.WriteJson(new AthletesJson(entries.Count, entries));
            return ExitCodes.Success;
        }
        var table = new Table().AddColumn("Athlete").AddColumn("Default").AddColumn("Name").AddColumn(new TableColumn("Activities").RightAligned());
        foreach (var e in entries) table.AddRow(TerminalText.Cell(e.Athlete), e.Default ? "yes" : "", TerminalText.Cell(e.Name ?? "-"), e.ActivityCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        context.Console.Ansi.Write(table);
        return ExitCodes.Success;
    }
}
