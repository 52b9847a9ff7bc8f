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
        var terminal = IsTerminal(stdout);
        Ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Interactive = InteractionSupport.No,
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!terminal) Ansi.Profile.Width = 160;
    }

    public TextWriter Stdout { get; }
    public TextWriter Stderr { get; }
    public bool Json { get; }
    public IAnsiConsole Ansi { get; }

    /// <summary>True when the console is a terminal that can redraw a progress bar.</summary>
    public bool CanShowProgress => !Json && IsTerminal(Stdout);

    public void WriteJson<T>(T value) => JsonOutput.Write(Stdout, value);

    public void Error(string line) => Stderr.WriteLine(line);

    private static bool IsTerminal(TextWriter writer) => ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
}
