namespace HybridCoach.Hosting;

/// <summary>
/// Where HybridCoach keeps its data: the --data-dir option, else $HYBRIDCOACH_DATA, else a per-user
/// default (XDG data home on Linux: ~/.local/share/hybridcoach).
/// </summary>
public static class DataDirectory
{
    public const string Variable = "HYBRIDCOACH_DATA";
    public const string DatabaseFileName = "hybridcoach.db";

    public static string Resolve(string? option, Func<string, string?> environment)
    {
        if (!string.IsNullOrWhiteSpace(option)) return Path.GetFullPath(option);
        var fromEnvironment = environment(Variable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return Path.GetFullPath(fromEnvironment);
        var userData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        return Path.Combine(userData, "hybridcoach");
    }

    public static string DatabasePath(string dataDirectory) => Path.Combine(dataDirectory, DatabaseFileName);
}
