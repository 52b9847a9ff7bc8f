using System.CommandLine;
using System.Globalization;
using HybridCoach.Application.Decisions;
using HybridCoach.Cli.Output;
using HybridCoach.Domain.Guardrails;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach guardrails` (every guardrail and setting: default, value in force, override, source),
/// `coach guardrails set SETTING VALUE [--note]` and `coach guardrails unset SETTING`: per-athlete thresholds.
/// </summary>
public static class GuardrailsCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var command = new Command("guardrails", "Every guardrail and its thresholds; set or unset the athlete's overrides") { CreateSet(contexts), CreateUnset(contexts) };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            await using var services = context.OpenServices();
            var json = await ListAsync(services, cancel);
            if (context.Console.Json) context.Console.WriteJson(json);
            else Render(context.Console.Ansi, json);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateSet(CommandContextFactory contexts)
    {
        var setting = new Argument<string>("setting") { Description = "Setting id, e.g. insufficient_data.min_activities (per-site settings: id.calf)" };
        var value = new Argument<string>("value") { Description = "The new value" };
        var note = new Option<string?>("--note") { Description = "Why (e.g. 'calf history')" };
        var command = new Command("set", "Override one threshold for this athlete") { setting, value, note };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var text = parse.GetValue(value);
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
                throw new CliInputException($"guardrail setting value '{text}': expected a number");
            await using var services = context.OpenServices();
            var stored = await services.GetRequiredService<GuardrailOverrides>().SetAsync(parse.GetValue(setting)!, number, parse.GetValue(note), cancel);
            if (context.Console.Json) context.Console.WriteJson(GuardrailOverrideJson.From(stored));
            else context.Console.Ansi.MarkupLineInterpolated($"{stored.SettingId} = {stored.Value.ToString(CultureInfo.InvariantCulture)} (override)");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateUnset(CommandContextFactory contexts)
    {
        var setting = new Argument<string>("setting") { Description = "Setting id whose override to remove" };
        var command = new Command("unset", "Remove an override: the default applies again") { setting };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            await using var services = context.OpenServices();
            await services.GetRequiredService<GuardrailOverrides>().UnsetAsync(parse.GetValue(setting)!, cancel);
            if (context.Console.Json) context.Console.WriteJson(new GuardrailUnsetJson(parse.GetValue(setting)));
            else context.Console.Ansi.MarkupLineInterpolated($"{parse.GetValue(setting)}: back to the default");
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<GuardrailsJson> ListAsync(IServiceProvider services, CancellationToken cancel)
    {
        var stored = (await services.GetRequiredService<IGuardrailOverrideStore>().ListAsync(cancel)).ToDictionary(o => o.SettingId);
        var settings = await services.GetRequiredService<GuardrailSettingsResolver>().ResolveAsync(cancel);
        var rows = new List<GuardrailSettingJson>();
        foreach (var guardrail in GuardrailEngine.Default.Guardrails)
        {
            foreach (var s in guardrail.Settings)
            {
                rows.Add(Row(guardrail.Id, s, s.Id, settings.Get(s.Id), stored));
                foreach (var site in stored.Keys.Where(k => s.PerSite && k.StartsWith(s.Id + ".", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
                    rows.Add(Row(guardrail.Id, s, site, stored[site].Value, stored));
            }
        }
        return new GuardrailsJson([.. GuardrailEngine.Default.Guardrails.Select(g => g.Id)], rows, settings.Hash);
    }

    private static GuardrailSettingJson Row(string guardrail, GuardrailSetting s, string id, double inForce, Dictionary<string, GuardrailOverride> stored)
    {
        var found = stored.TryGetValue(id, out var o);
        return new(guardrail, id, s.Default, inForce, found ? o!.Value : null, found ? "override" : "default", s.Min, s.Max, s.Description, s.Source, o?.Note);
    }

    private static void Render(IAnsiConsole console, GuardrailsJson json)
    {
        var table = new Table().AddColumns("Guardrail", "Setting", "Default", "In force", "Override", "Source", "Range", "Default's source");
        foreach (var id in json.Guardrails.Where(g => json.Settings.All(s => s.Guardrail != g))) table.AddRow(TerminalText.Cell(id), "-", "", "", "", "", "", "");
        foreach (var s in json.Settings)
            table.AddRow(TerminalText.Cell(s.Guardrail), TerminalText.Cell(s.Id), Num(s.Default), Num(s.InForce), s.Override is { } v ? Num(v) : "-", s.Source,
                $"{Num(s.Min)}–{Num(s.Max)}", TerminalText.Cell(s.Citation));
        console.Write(table);
        console.MarkupLineInterpolated($"[grey]settings hash {json.SettingsHash}[/]");
    }

    private static string Num(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
