using System.CommandLine;
using System.Globalization;
using HybridCoach.Application.Narration;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach audit narrations [--purpose P] [--limit N]` (newest first) and `coach audit narration ID` (the whole record:
/// text, source, subject, and for a model provider, model, prompt, raw response, guard verdict, latency, fallback).
/// </summary>
public static class NarrationAuditCommands
{
    public static Command CreateList(CommandContextFactory contexts)
    {
        var purpose = new Option<string?>("--purpose") { Description = "Only this purpose: " + string.Join(", ", Enum.GetValues<NarrationPurpose>().Select(p => p.ToId())) };
        var limit = new Option<int>("--limit") { Description = $"At most this many records, newest first (default {AuditCommand.DefaultLimit})", DefaultValueFactory = _ => AuditCommand.DefaultLimit };
        var command = new Command("narrations", "List narrations (summaries, session notes, adaptation diffs, alerts), newest first") { purpose, limit };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var only = Purpose(parse.GetValue(purpose));
            if (parse.GetValue(limit) is < 1 or > 100_000) throw new CliInputException($"--limit {parse.GetValue(limit)}: expected 1 to 100000");
            await using var services = context.OpenServices();
            var records = await services.GetRequiredService<INarrationAudit>().ListAsync(only, parse.GetValue(limit), cancel);
            var json = records.Select(NarrationSummaryJson.From).ToArray();
            if (context.Console.Json) context.Console.WriteJson(new NarrationListJson(json.Length, json));
            else RenderList(context.Console.Ansi, json);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateShow(CommandContextFactory contexts)
    {
        var id = new Argument<string>("id") { Description = "The narration id (see `coach audit narrations`)" };
        var command = new Command("narration", "Show one narration: text, source, subject, and the model's prompt, reply and guard verdict") { id };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var text = parse.GetValue(id);
            var narrationId = long.TryParse((text ?? "").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n
                : throw new CliInputException($"narration id '{text}': expected a positive whole number");
            await using var services = context.OpenServices();
            var record = await services.GetRequiredService<INarrationAudit>().GetAsync(narrationId, cancel)
                ?? throw new Application.Errors.NotFoundException($"narration id {narrationId}: no such narration (see `coach audit narrations`)");
            if (context.Console.Json) context.Console.WriteJson(NarrationRecordJson.From(record));
            else RenderShow(context.Console.Ansi, NarrationRecordJson.From(record));
            return ExitCodes.Success;
        });
        return command;
    }

    private static NarrationPurpose? Purpose(string? text)
    {
        if (text is null) return null;
        foreach (var purpose in Enum.GetValues<NarrationPurpose>())
            if (purpose.ToId() == text.Trim()) return purpose;
        throw new CliInputException($"--purpose '{text}': not a narration purpose; expected one of {string.Join(", ", Enum.GetValues<NarrationPurpose>().Select(p => p.ToId()))}");
    }

    private static void RenderList(IAnsiConsole console, IReadOnlyList<NarrationSummaryJson> records)
    {
        var table = new Table().AddColumns("Id", "Purpose", "Reference", "For", "Narrated at (UTC)", "Source", "Fallback");
        foreach (var r in records)
            table.AddRow(r.Id.ToString(CultureInfo.InvariantCulture), r.Purpose, TerminalText.Cell(r.Reference), r.NarratedFor,
                r.CreatedAtUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), TerminalText.Cell(r.Source), r.FallbackUsed ? "yes" : "no");
        console.Write(table);
    }

    private static void RenderShow(IAnsiConsole console, NarrationRecordJson r)
    {
        console.MarkupLineInterpolated($"[bold]Narration {r.Id}: {r.Purpose} {r.Reference} for {r.NarratedFor}[/]");
        console.MarkupLineInterpolated($"Narrated at {r.CreatedAtUtc:yyyy-MM-dd HH:mm:ss} UTC; source {r.Source}; fallback {(r.FallbackUsed ? "yes" : "no")}");
        console.MarkupLineInterpolated($"Text: {r.Text}");
        console.MarkupLineInterpolated($"Subject: {r.Subject.GetRawText()}");
        if (r.Provider is null && r.Prompt is null)
        {
            console.MarkupLine("No model was asked.");
            return;
        }
        console.MarkupLineInterpolated($"Provider: {r.Provider ?? "-"}; model: {r.Model ?? "-"}; latency: {(r.LatencyMs is { } ms ? $"{ms} ms" : "-")}");
        console.MarkupLineInterpolated($"Guard verdict: {r.GuardVerdict ?? "-"}");
        console.MarkupLineInterpolated($"Prompt:\n{r.Prompt ?? "-"}");
        console.MarkupLineInterpolated($"Raw response:\n{r.Response ?? "-"}");
    }
}
