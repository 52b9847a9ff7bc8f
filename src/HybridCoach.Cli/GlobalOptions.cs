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

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Print only JSON on stdout (snake_case, units in names)",
        Recursive = true,
    };
}
