using System.CommandLine;
using HybridCoach.Application.Coaching;
using Microsoft.Extensions.DependencyInjection;

namespace HybridCoach.Cli.Commands;

/// <summary>`coach reject ID --reason "..." [--by NAME]`: rejects a pending proposal (the plan stays), recorded with who and why.</summary>
public static class RejectCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var id = new Argument<string>("id") { Description = "The inbox ref, e.g. anna:p3 or p3 (with --athlete)" };
        var reason = new Option<string?>("--reason") { Description = "Why the change is rejected" };
        var by = ApproveCommand.ByOption();
        var command = new Command("reject", "Reject a proposal, saying why") { id, reason, by };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var why = parse.GetValue(reason);
            if (string.IsNullOrWhiteSpace(why)) throw new CliInputException("--reason: required; say why the change is rejected");
            var (athlete, item) = InboxRef.Parse(parse.GetValue(id)!, context.AthleteOption);
            InboxRef.RequireAthlete(context.DataDirOption, athlete);
            await using var services = CommandContext.OpenServices(context.DataDirOption, athlete);
            var decision = await services.GetRequiredService<DecideInboxItem>().RejectAsync(item, parse.GetValue(by)!, why, cancel);
            return ApproveCommand.Print(context, athlete, decision);
        });
        return command;
    }
}
