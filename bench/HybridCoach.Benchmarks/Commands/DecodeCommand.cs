using HybridCoach.Benchmarks.Corpus;

namespace HybridCoach.Benchmarks.Commands;

/// <summary>
/// <c>decode [--mode messages|columns|both] FILE...</c>: reads and decodes each file once per mode and exits,
/// so that timing the whole process (start-up included) compares with one run of a peer's command line.
/// </summary>
public static class DecodeCommand
{
    public static int Run(IReadOnlyList<string> args)
    {
        CommandArguments arguments;
        try
        {
            arguments = CommandArguments.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"decode: {e.Message}");
            return 2;
        }
        var failures = 0;
        foreach (var path in arguments.Files)
        {
            failures += DecodeFile(path, arguments.Modes) ? 0 : 1;
        }
        return failures == 0 ? 0 : 1;
    }

    private static bool DecodeFile(string path, IReadOnlyList<DecodeMode> modes)
    {
        try
        {
            var content = File.ReadAllBytes(path);
            foreach (var mode in modes)
            {
                _ = mode == DecodeMode.Messages
                    ? FitDecodeModes.DecodeMessages(content)
                    : FitDecodeModes.DecodeColumns(content, Path.GetFileName(path));
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Formats.ActivityFileException)
        {
            Console.Error.WriteLine(e is Formats.ActivityFileException ? e.Message : $"{path}: {e.Message}");
            return false;
        }
    }
}
