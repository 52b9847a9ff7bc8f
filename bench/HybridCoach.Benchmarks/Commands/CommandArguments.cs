using HybridCoach.Benchmarks.Corpus;

namespace HybridCoach.Benchmarks.Commands;

/// <summary>The arguments of the console commands: <c>[--mode messages|columns|both] [--min-seconds S] FILE...</c>.</summary>
public sealed record CommandArguments(IReadOnlyList<DecodeMode> Modes, double MinSeconds, IReadOnlyList<string> Files)
{
    public static CommandArguments Parse(IReadOnlyList<string> args)
    {
        IReadOnlyList<DecodeMode> modes = [DecodeMode.Messages, DecodeMode.Columns];
        var minSeconds = 3.0;
        var files = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--mode":
                    modes = ParseMode(Value(args, ++i, "--mode"));
                    break;
                case "--min-seconds":
                    minSeconds = double.Parse(Value(args, ++i, "--min-seconds"), System.Globalization.CultureInfo.InvariantCulture);
                    break;
                default:
                    files.Add(args[i]);
                    break;
            }
        }
        if (files.Count == 0) throw new ArgumentException("no FIT file given");
        return new CommandArguments(modes, minSeconds, files);
    }

    private static string Value(IReadOnlyList<string> args, int index, string option) =>
        index < args.Count ? args[index] : throw new ArgumentException($"{option} needs a value");

    private static IReadOnlyList<DecodeMode> ParseMode(string mode) => mode switch
    {
        "messages" => [DecodeMode.Messages],
        "columns" => [DecodeMode.Columns],
        "both" => [DecodeMode.Messages, DecodeMode.Columns],
        _ => throw new ArgumentException($"--mode {mode}: expected messages, columns or both"),
    };
}
