using HybridCoach.Cli.Output;
using HybridCoach.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace HybridCoach.Cli;

/// <summary>What one command invocation works with: the console, the data directory the user chose, the clock.</summary>
public sealed record CommandContext(CliConsole Console, string? DataDirOption, TimeProvider Clock)
{
    /// <summary>Wires the services for this invocation; dispose it when the command ends.</summary>
    public ServiceProvider OpenServices() => OpenServices(DataDirOption);

    /// <summary>Services for commands that never touch the store (the store is opened only when asked for).</summary>
    public static ServiceProvider OpenReadersOnly() => OpenServices(null);

    public static ServiceProvider OpenServices(string? dataDirectory) =>
        CoachServices.Build(new Dictionary<string, string?> { [ConfigurationKeys.DataDirectory] = dataDirectory });

    /// <summary>Today in the machine's time zone: the CLI is where the clock is read, never the domain.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);

    public TimeSpan LocalUtcOffset => Clock.GetLocalNow().Offset;
}
