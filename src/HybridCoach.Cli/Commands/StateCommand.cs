using System.CommandLine;
using HybridCoach.Application.Restrictions;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>`coach state [--date D]`: what is in force for the athlete — open flags, holds, unavailable days, recent requests — and the call they make alone.</summary>
public static class StateCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var command = new Command("state", "What is in force for the athlete: open red flags and pain reports, coach holds, unavailable days, requests");
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            await using var services = context.OpenServices();
            var (view, call) = await services.GetRequiredService<ReadAthleteState>().ViewWithCallAsync(context.AsOf, cancel);
            var json = StateJson.From(view, call.Recommendation, call.Reasons);
            if (context.Console.Json)
            {
                context.Console.WriteJson(json);
                return ExitCodes.Success;
            }
            var console = context.Console.Ansi;
            console.MarkupLineInterpolated($"[bold]{json.AsOf}: {json.StateCall}[/] from the athlete's state alone");
            foreach (var reason in json.Reasons) console.MarkupLineInterpolated($"  {reason}");
            if (json.Flags.Count == 0) console.MarkupLine("Open flags: none");
            foreach (var f in json.Flags) console.MarkupLineInterpolated($"Flag {f.AlertId} {f.Kind}{(f.Site is { } s ? " at " + s : "")} since {f.Since}: {f.Summary} (clear with `coach flag clear {f.AlertId} --reason …`)");
            if (json.Holds.Count == 0) console.MarkupLine("Holds: none");
            foreach (var h in json.Holds) console.MarkupLineInterpolated($"Hold {HoldCommand.Line(h)}");
            console.MarkupLineInterpolated($"Unavailable days: {(json.UnavailableDays.Count == 0 ? "none" : string.Join(", ", json.UnavailableDays))}");
            foreach (var r in view.RecentRequests) console.MarkupLineInterpolated($"{RequestJson.Line(r)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
