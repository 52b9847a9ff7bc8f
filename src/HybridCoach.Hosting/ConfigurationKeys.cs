namespace HybridCoach.Hosting;

/// <summary>The configuration keys HybridCoach reads (from settings, the environment or the command line).</summary>
public static class ConfigurationKeys
{
    /// <summary>The data directory chosen on the command line (--data-dir).</summary>
    public const string DataDirectory = "HybridCoach:DataDirectory";

    /// <summary>The athlete chosen on the command line (--athlete); empty or absent means the default athlete.</summary>
    public const string Athlete = "HybridCoach:Athlete";

    /// <summary>"true": the chosen athlete must already have a database (read commands never create an athlete).</summary>
    public const string AthleteMustExist = "HybridCoach:AthleteMustExist";

    /// <summary>Web: how long, in milliseconds, an upload's request waits for its import before showing the progress page (default 3000).</summary>
    public const string UploadInlineWaitMs = "HybridCoach:UploadInlineWaitMs";

    /// <summary>Web: how many athletes' services (and their open store files) are kept open at once (default 256).</summary>
    public const string MaxOpenAthletes = "HybridCoach:MaxOpenAthletes";
}
