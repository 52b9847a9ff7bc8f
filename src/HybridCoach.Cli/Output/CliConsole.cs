using Spectre.Console;

namespace HybridCoach.Cli.Output;

/// <summary>
/// Where a command writes: human output through Spectre.Console on stdout, or (with --json) only JSON on
/// stdout. Errors always go to stderr as one line.
/// </summary>
public sealed class CliConsole
{
    public CliConsole(TextWriter stdout, TextWriter stderr, bool json)
    {
        Stdout = stdout;
        Stderr = stderr;
        Json = json;
        Ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Interactive = InteractionSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
        });
    }

    public TextWriter Stdout { get; }
    public TextWriter Stderr { get; }
    public bool Json { get; }
    public IAnsiConsole Ansi { get; }

    /// <summary>True when the console is a terminal that can redraw a progress bar.</summary>
    public bool CanShowProgress => !Json && ReferenceEquals(Stdout, Console.Out) && !Console.IsOutputRedirected;

    public void WriteJson<T>(T value) => JsonOutput.Write(Stdout, value);

    public void Error(string line) => Stderr.WriteLine(line);
}
