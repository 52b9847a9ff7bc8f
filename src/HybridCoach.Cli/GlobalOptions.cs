using System.CommandLine;

namespace HybridCoach.Cli;

/// <summary>Options every command accepts (recursive on the root command).</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> DataDir = new("--data-dir")
    {
        Description = "Data directory (default: $HYBRIDCOACH_DATA, else ~/.local/share/hybridcoach)",
        Recursive = true,
    };

    public static readonly Option<string?> Athlete = new("--athlete")
    {
        Description = "The athlete whose data to use (default: the data directory's default athlete; see `coach athletes`)",
        Recursive = true,
    };

    /// <summary>
    /// The as-of date (yyyy-mm-dd, default today): read commands ignore data dated after it, so a figure for
    /// a past date never changes because of a later import; writing commands use it as the default entry date.
    /// Parsed in <see cref="CommandContextFactory"/> so a bad date is one clear error line, not a parser message.
    /// </summary>
    public static readonly Option<string?> Date = new("--date")
    {
        Description = "As-of date yyyy-mm-dd (default today): data after it is ignored; entries default to it",
        Recursive = true,
    };

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Print only JSON on stdout (snake_case, units in names)",
        Recursive = true,
    };
}
