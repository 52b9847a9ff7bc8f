using System.CommandLine;
using HybridCoach.Cli.Commands;
using HybridCoach.Cli.Output;
using HybridCoach.Formats;

namespace HybridCoach.Cli;

/// <summary>Builds the `coach` command tree and runs it against the given output writers.</summary>
public static class CoachCommandLine
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, stdout, stderr).GetAwaiter().GetResult();

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = BuildRoot(stdout, stderr);
        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(configuration);
        }
        catch (Exception error) when (UserFacingErrors.Is(error))
        {
            stderr.WriteLine($"coach: {UserFacingErrors.Message(error)}");
            return UserFacingErrors.ExitCode(error);
        }
    }

    private static RootCommand BuildRoot(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("HybridCoach: a self-hostable hybrid running coach")
        {
            GlobalOptions.DataDir,
            GlobalOptions.Athlete,
            GlobalOptions.Date,
            GlobalOptions.Json,
        };
        var context = new CommandContextFactory(stdout, stderr, TimeProvider.System);
        foreach (var command in Commands(context)) root.Add(command);
        return root;
    }

    private static IEnumerable<Command> Commands(CommandContextFactory context) =>
    [
        DemoCommand.Create(context),
        ImportCommand.Create(context),
        ImportLogCommand.Create(context),
        ActivitiesCommand.Create(context),
        ActivityCommand.Create(context),
        InspectCommand.Create(context),
        PredictCommand.Create(context),
        ZonesCommand.Create(context),
        MetricsCommand.Create(context),
        AthletesCommand.Create(context),
        AthleteCommand.Create(context),
        SignalsCommand.Create(context),
        TodayCommand.Create(context),
        PepTalkCommand.Create(context),
        SummaryCommand.Create(context),
        SessionCommand.Create(context),
        AuditCommand.Create(context),
        CheckCommand.Create(context),
        BackupCommand.Create(context),
        ReplayCommand.Create(context),
        JournalCommand.Create(context),
        AgreementCommand.Create(context),
        RaceCommand.Create(context),
        PlanCommand.Create(context),
        GuardrailsCommand.Create(context),
        CheckInCommand.Create(context),
        AdjustCommand.Create(context),
        InboxCommand.Create(context),
        ApproveCommand.Create(context),
        RejectCommand.Create(context),
        HoldCommand.Create(context),
        FlagCommand.Create(context),
        AnswerCommand.Create(context),
        StateCommand.Create(context),
        ServeCommand.Create(context),
    ];
}
