namespace HybridCoach.Cli;

/// <summary>
/// What `coach` exits with: 0 done; 1 refused or failed (bad input, a bad file, a store fault, a check that found a
/// problem); 3 what was named does not exist (<see cref="Application.Errors.NotFoundException"/>); 4 the store's state
/// refuses it as it stands — decided already, another one open (<see cref="Application.Errors.ConflictException"/>).
/// 2 is left unused: shells and System.CommandLine give it no meaning of ours.
/// </summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int NotFound = 3;
    public const int Conflict = 4;
}
