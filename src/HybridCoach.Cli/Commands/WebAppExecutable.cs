namespace HybridCoach.Cli.Commands;

/// <summary>Where the web app's program (coach-web.dll) is: beside this program, or in the checkout's build of src/HybridCoach.Web.</summary>
public static class WebAppExecutable
{
    public const string FileName = "coach-web.dll";

    public static string? Find()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, FileName);
        if (File.Exists(beside)) return beside;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var web = Path.Combine(dir.FullName, "src", "HybridCoach.Web", "bin", "Release", "net10.0", FileName);
            if (File.Exists(web)) return web;
        }
        return null;
    }
}
