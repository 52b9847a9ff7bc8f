using System.CommandLine;
using HybridCoach.Application.Requests;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>`coach answer e4 "Yes, from next week the long run is on Saturday" [--by NAME]`: the coach answers an athlete's request.</summary>
public static class AnswerCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var id = new Argument<string>("REQUEST") { Description = "The request's inbox id (e4), as `coach inbox` shows" };
        var answer = new Argument<string>("ANSWER") { Description = "The answer, shown to the athlete in `coach summary` and `coach session`" };
        var by = new Option<string>("--by") { Description = "Who answers", DefaultValueFactory = _ => "coach" };
        var command = new Command("answer", "Answer an athlete's request from a check-in") { id, answer, by };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            await using var services = context.OpenServices();
            var done = await services.GetRequiredService<AnswerRequest>().AnswerAsync(parse.GetValue(id)!, parse.GetValue(answer)!, parse.GetValue(by)!, cancel);
            if (context.Console.Json) context.Console.WriteJson(RequestJson.From(done));
            else context.Console.Ansi.MarkupLineInterpolated($"Request {done.AlertId} (\"{done.Request}\") answered by {done.AnsweredBy}: \"{done.Answer}\"");
            return ExitCodes.Success;
        });
        return command;
    }
}
