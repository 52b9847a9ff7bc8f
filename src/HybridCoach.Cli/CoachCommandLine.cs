namespace HybridCoach.Cli;

/// <summary>Builds the `coach` command tree and runs it against the given output writers.</summary>
public static class CoachCommandLine
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("coach: no commands yet");
        return args.Length == 0 ? 0 : 1;
    }
}
