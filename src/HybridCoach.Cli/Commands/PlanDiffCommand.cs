using System.CommandLine;
using System.Globalization;
using HybridCoach.Application.Coaching;
using HybridCoach.Cli.Output;
using HybridCoach.Formats.Calendar;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>`coach plan diff [--from N --to M]`: the sessions that differ between two versions (default: the newest and the one before), with the reasons stored.</summary>
public static class PlanDiffCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var from = new Option<string?>("--from") { Description = "The older version (default: the one before --to)" };
        var to = new Option<string?>("--to") { Description = "The newer version (default: the newest)" };
        var command = new Command("diff", "Per-session differences between two plan versions, with reasons") { from, to };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            long? f = parse.GetValue(from) is { } a ? Version(a, "--from") : null;
            long? t = parse.GetValue(to) is { } b ? Version(b, "--to") : null;
            await using var services = context.OpenServices();
            var diff = await services.GetRequiredService<PlanHistory>().DiffAsync(f, t, cancel);
            if (context.Console.Json)
            {
                context.Console.WriteJson(PlanDiffJson.From(diff));
                return ExitCodes.Success;
            }
            context.Console.Ansi.MarkupLineInterpolated($"Plan version {diff.FromVersion} → {diff.ToVersion}: {diff.Days.Count} session(s) differ.");
            var table = new Table().AddColumn("Date").AddColumn("Before").AddColumn("After").AddColumn("Reason");
            foreach (var d in diff.Days)
                table.AddRow(RecoverySignalsJson.DateText(d.Date), Markup.Escape(d.Before is { } x ? PrescriptionFormat.Title(x, diff.Units) : "-"),
                    Markup.Escape(d.After is { } y ? PrescriptionFormat.Title(y, diff.Units) : "-"), Markup.Escape(d.Reason is { } r ? $"{d.Kind}: {r}" : "-"));
            context.Console.Ansi.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    public static long Version(string text, string inputName) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= 1 ? v
            : throw new CliInputException($"{inputName} '{text}': expected a plan version number from 1");
}
