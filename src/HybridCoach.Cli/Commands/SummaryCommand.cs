using System.CommandLine;
using HybridCoach.Application.Manual;
using HybridCoach.Application.Summaries;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach summary [--week D]`: the weekly review — the week's training against the week before, against the plan,
/// wellbeing, load trend, plan changes and alerts, the week ahead — and its narrative with the narration audit id.
/// D is the week's first day; by default the last complete week before the as-of day, aligned to the plan's
/// microcycle when one ended in those 7 days (<see cref="SummaryWeek.Default"/>). Every run appends a narration record.
/// </summary>
public static class SummaryCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var week = new Option<string?>("--week") { Description = "First day of the week to review (yyyy-mm-dd; default: the last complete week)" };
        var command = new Command("summary", "Weekly summary: what changed, why, and what next — with the figures behind it") { week };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            DateOnly? start = parse.GetValue(week) is { } text ? EntryText.ParseDate(text, "--week") : null;
            await using var services = context.OpenServices();
            var summary = await services.GetRequiredService<SummarizeWeek>().SummarizeAsync(start, context.AsOf, cancel);
            if (context.Console.Json) context.Console.WriteJson(SummaryJson.From(summary));
            else SummaryView.Render(context.Console.Ansi, summary);
            return ExitCodes.Success;
        });
        return command;
    }
}
