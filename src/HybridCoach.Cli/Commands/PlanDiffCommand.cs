using System.CommandLine;
using System.Globalization;
using HybridCoach.Application.Coaching;
using HybridCoach.Cli.Output;
using HybridCoach.Formats.Calendar;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach plan diff [A B | --from N --to M] [--narrate]`: the sessions that differ between two versions (default: the
/// newest and the one before), with the reasons stored; with --narrate the diff explained under the table (and on
/// file in the narration audit as plan_version:B or plan_diff:A..B).
/// </summary>
public static class PlanDiffCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var from = new Option<string?>("--from") { Description = "The older version (default: the one before --to)" };
        var to = new Option<string?>("--to") { Description = "The newer version (default: the newest)" };
        var older = new Argument<string?>("from-version") { Description = "The older version (same as --from)", Arity = ArgumentArity.ZeroOrOne };
        var newer = new Argument<string?>("to-version") { Description = "The newer version (same as --to)", Arity = ArgumentArity.ZeroOrOne };
        var narrate = new Option<bool>("--narrate") { Description = "Explain the diff in plain sentences (recorded in the narration audit)" };
        var command = new Command("diff", "Per-session differences between two plan versions, with reasons") { older, newer, from, to, narrate };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            long? f = VersionInput(parse.GetValue(older), "from-version", parse.GetValue(from), "--from");
            long? t = VersionInput(parse.GetValue(newer), "to-version", parse.GetValue(to), "--to");
            await using var services = context.OpenServices();
            var diff = await services.GetRequiredService<PlanHistory>().DiffAsync(f, t, cancel);
            var narrative = parse.GetValue(narrate) ? await services.GetRequiredService<NarratePlanDiff>().NarrateAsync(diff, cancel) : null;
            if (context.Console.Json)
            {
                context.Console.WriteJson(PlanDiffJson.From(diff, narrative));
                return ExitCodes.Success;
            }
            context.Console.Ansi.MarkupLineInterpolated($"Plan version {diff.FromVersion} → {diff.ToVersion}: {diff.Days.Count} session(s) differ.");
            var table = new Table().AddColumn("Date").AddColumn("Before").AddColumn("After").AddColumn("Reason");
            foreach (var d in diff.Days)
                table.AddRow(RecoverySignalsJson.DateText(d.Date), TerminalText.Cell(d.Before is { } x ? PrescriptionFormat.Title(x, diff.Units) : "-"),
                    TerminalText.Cell(d.After is { } y ? PrescriptionFormat.Title(y, diff.Units) : "-"), TerminalText.Cell(d.Reason is { } r ? $"{d.Kind}: {r}" : "-"));
            context.Console.Ansi.Write(table);
            CoachingView.RenderNarrative(context.Console.Ansi, narrative);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A version given as an argument or an option (not both).</summary>
    private static long? VersionInput(string? argument, string argumentName, string? option, string optionName) =>
        (argument, option) switch
        {
            (not null, not null) => throw new CliInputException($"{argumentName} '{argument}': also given as {optionName} '{option}'; give it once"),
            (not null, null) => Version(argument, argumentName),
            (null, not null) => Version(option, optionName),
            _ => null,
        };

    public static long Version(string text, string inputName) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= 1 ? v
            : throw new CliInputException($"{inputName} '{text}': expected a plan version number from 1");
}
