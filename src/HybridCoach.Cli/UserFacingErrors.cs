using HybridCoach.Application.Errors;
using HybridCoach.Application.Manual;
using HybridCoach.Formats;

namespace HybridCoach.Cli;

/// <summary>
/// The errors `coach` reports as one line instead of a stack trace, spelt for the terminal: an input a use case names
/// by its stem reads as the option typed ("reason" → "--reason"), and the typed refusals get their exit codes
/// (<see cref="ExitCodes"/>).
/// </summary>
internal static class UserFacingErrors
{
    public static bool Is(Exception error) =>
        error is CliInputException or ActivityFileException or EntryFormatException or ArgumentException or IOException or UnauthorizedAccessException or InvalidDataException;

    public static string Message(Exception error) => error switch
    {
        InvalidInputException input => input.AsOption(),
        EntryFormatException entry => $"{InputNames.AsOption(entry.InputName)} '{entry.Text}': {entry.Reason}",
        _ => error.Message,
    };

    public static int ExitCode(Exception error) => error switch
    {
        NotFoundException => ExitCodes.NotFound,
        ConflictException => ExitCodes.Conflict,
        _ => ExitCodes.Failure,
    };
}
