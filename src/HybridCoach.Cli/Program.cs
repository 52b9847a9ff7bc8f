namespace HybridCoach.Cli;

public static class Program
{
    public static int Main(string[] args) => CoachCommandLine.Run(args, Console.Out, Console.Error);
}
