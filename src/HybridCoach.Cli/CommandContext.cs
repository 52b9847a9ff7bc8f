using HybridCoach.Cli.Output;
using HybridCoach.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace HybridCoach.Cli;

/// <summary>
/// What one command invocation works with: the console, the data directory the user chose, the clock, and
/// the as-of date given with --date (<see cref="AsOf"/>).
/// </summary>
public sealed record CommandContext(CliConsole Console, string? DataDirOption, TimeProvider Clock, string? AthleteOption = null, DateOnly? DateOption = null,
    bool CreatesAthlete = false)
{
    /// <summary>
    /// Wires the services for this invocation (the chosen athlete's database); dispose it when the command ends. Only
    /// commands that add an athlete's data (<see cref="CreatesAthlete"/>) may name an athlete that does not exist yet.
    /// </summary>
    public ServiceProvider OpenServices() => OpenServices(DataDirOption, AthleteOption, athleteMustExist: !CreatesAthlete);

    /// <summary>Services for commands that never touch the store (the store is opened only when asked for).</summary>
    public static ServiceProvider OpenReadersOnly() => OpenServices(null);

    public static ServiceProvider OpenServices(string? dataDirectory, string? athlete = null, bool athleteMustExist = false) =>
        CoachServices.Build(new Dictionary<string, string?>
        {
            [ConfigurationKeys.DataDirectory] = dataDirectory,
            [ConfigurationKeys.Athlete] = athlete,
            [ConfigurationKeys.AthleteMustExist] = athleteMustExist ? "true" : "false",
        });

    /// <summary>Today in the machine's time zone: the CLI is where the clock is read, never the domain.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);

    /// <summary>The day the command answers for: --date when given, else today. Data dated after it is ignored.</summary>
    public DateOnly AsOf => DateOption ?? Today;

    public TimeSpan LocalUtcOffset => Clock.GetLocalNow().Offset;
}
