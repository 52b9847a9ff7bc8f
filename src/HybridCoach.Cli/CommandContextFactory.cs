using System.CommandLine;
using HybridCoach.Application.Manual;
using HybridCoach.Cli.Output;

namespace HybridCoach.Cli;

/// <summary>Makes the per-invocation context (console, data directory, clock, as-of date) from a parse result.</summary>
public sealed class CommandContextFactory(TextWriter stdout, TextWriter stderr, TimeProvider clock)
{
    /// <summary>The context of this invocation; throws <see cref="EntryFormatException"/> naming --date when it does not parse.</summary>
    public CommandContext Create(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var athlete = parse.GetValue(GlobalOptions.Athlete);
        if (Hosting.AthleteDatabases.RenameNote(athlete) is { } note) stderr.WriteLine(note);
        return new(new CliConsole(stdout, stderr, parse.GetValue(GlobalOptions.Json)), parse.GetValue(GlobalOptions.DataDir), clock, athlete,
            parse.GetValue(GlobalOptions.Date) is { } date ? EntryText.ParseDate(date, "--date") : null, CreatesAthlete(parse.CommandResult.Command));
    }

    /// <summary>The commands that add an athlete's first data, and so may start a new athlete; every other command reads or changes an existing one.</summary>
    private static readonly HashSet<string> Creating = ["demo", "import", "import-log", "athlete set", "activity add", "race add", "checkin", "signals add"];

    private static bool CreatesAthlete(Command command) =>
        Creating.Contains(command.Name) || Creating.Contains($"{command.Parents.OfType<Command>().FirstOrDefault()?.Name} {command.Name}");

    public TimeSpan LocalUtcOffset => clock.GetLocalNow().Offset;
}
