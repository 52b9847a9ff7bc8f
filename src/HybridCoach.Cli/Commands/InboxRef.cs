using HybridCoach.Hosting;

namespace HybridCoach.Cli.Commands;

/// <summary>An inbox reference as `coach inbox` prints it, "athlete:p12", or a bare "p12" for the --athlete in force.</summary>
public static class InboxRef
{
    public static (string? Athlete, string Id) Parse(string text, string? athleteOption)
    {
        var colon = text.LastIndexOf(':');
        return colon < 0 ? (athleteOption, text.Trim()) : (text[..colon].Trim(), text[(colon + 1)..].Trim());
    }

    /// <summary>Throws naming the athlete when it has no database, so deciding never creates an empty athlete.</summary>
    public static void RequireAthlete(string? dataDirOption, string? athlete)
    {
        var directory = DataDirectory.Resolve(dataDirOption, Environment.GetEnvironmentVariable);
        if (!File.Exists(AthleteDatabases.DatabasePath(directory, athlete)))
            throw new Application.Errors.NotFoundException($"athlete '{athlete ?? AthleteDatabases.DefaultName}': no such athlete in {directory} (see `coach athletes`)");
    }
}
