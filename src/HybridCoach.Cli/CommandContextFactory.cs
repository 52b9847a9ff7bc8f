using System.CommandLine;
using HybridCoach.Application.Manual;
using HybridCoach.Cli.Output;

namespace HybridCoach.Cli;

/// <summary>Makes the per-invocation context (console, data directory, clock, as-of date) from a parse result.</summary>
public sealed class CommandContextFactory(TextWriter stdout, TextWriter stderr, TimeProvider clock)
{
    /// <summary>The context of this invocation; throws <see cref="EntryFormatException"/> naming --date when it does not parse.</summary>
    public CommandContext Create(ParseResult parse) => new(
        new CliConsole(stdout, stderr, parse.GetValue(GlobalOptions.Json)),
        parse.GetValue(GlobalOptions.DataDir),
        clock,
        parse.GetValue(GlobalOptions.Athlete),
        parse.GetValue(GlobalOptions.Date) is { } date ? EntryText.ParseDate(date, "--date") : null);

    public TimeSpan LocalUtcOffset => clock.GetLocalNow().Offset;
}
