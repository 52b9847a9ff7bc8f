namespace HybridCoach.Cli;

public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
}
