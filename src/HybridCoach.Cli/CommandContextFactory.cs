using System.CommandLine;
using HybridCoach.Cli.Output;

namespace HybridCoach.Cli;

/// <summary>Makes the per-invocation context (console, data directory, clock) from a parse result.</summary>
public sealed class CommandContextFactory(TextWriter stdout, TextWriter stderr, TimeProvider clock)
{
    public CommandContext Create(ParseResult parse) => new(
        new CliConsole(stdout, stderr, parse.GetValue(GlobalOptions.Json)),
        parse.GetValue(GlobalOptions.DataDir),
        clock,
        parse.GetValue(GlobalOptions.Athlete));

    public TimeSpan LocalUtcOffset => clock.GetLocalNow().Offset;
}
