using HybridCoach.Cli.Output;

namespace HybridCoach.Cli;

/// <summary>What one command invocation works with: the console and the data directory the user chose.</summary>
public sealed record CommandContext(CliConsole Console, string? DataDirOption);
