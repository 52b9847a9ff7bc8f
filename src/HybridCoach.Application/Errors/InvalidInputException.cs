namespace HybridCoach.Application.Errors;

/// <summary>
/// Input a use case refuses, naming the input by its stem (<see cref="Input"/>: reason, week, cycle_days) and saying
/// why (<see cref="Detail"/>), in no front end's spelling: the CLI shows it as its option ("--reason asks for more…",
/// "--cycle-days 3: expected…"), the web as the form field or JSON member it came in ("reason asks for more…"), and the
/// API answers 400 naming the field. An <see cref="ArgumentException"/>, so every front end's refusal path takes it.
/// </summary>
public sealed class InvalidInputException(string input, string detail) : ArgumentException(input + detail)
{
    /// <summary>The input's stem in snake_case, as the API's JSON names it.</summary>
    public string Input { get; } = input;

    /// <summary>What follows the input's name: its value and why it is refused (" '2026-05-01': after the as-of day…", ": required").</summary>
    public string Detail { get; } = detail;

    /// <summary>The message with the input spelt as a command-line option: "--cycle-days 3: expected…".</summary>
    public string AsOption() => InputNames.AsOption(Input) + Detail;
}
