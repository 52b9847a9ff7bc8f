using System.CommandLine;
using HybridCoach.Application.Decisions;
using HybridCoach.Application.Decisions.Records;
using HybridCoach.Application.Manual;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach audit list [--from --to --limit]`, `coach audit show ID` and `coach audit verify`: the append-only,
/// hash-chained trail of decisions;
/// `coach audit narrations` and `coach audit narration ID`: the narrations (<see cref="NarrationAuditCommands"/>).
/// </summary>
public static class AuditCommand
{
    public const int DefaultLimit = 50;

    public static Command Create(CommandContextFactory contexts) =>
        new("audit", "The audit trail: every decision the engine made, with its inputs, and every narration")
        {
            CreateList(contexts), CreateShow(contexts), CreateVerify(contexts), NarrationAuditCommands.CreateList(contexts), NarrationAuditCommands.CreateShow(contexts),
        };

    /// <summary>`coach audit verify`: recomputes the decision audit's hash chain; exit 1 on any edited, deleted or inserted record.</summary>
    private static Command CreateVerify(CommandContextFactory contexts)
    {
        var command = new Command("verify", "Check the decision audit's hash chain: any edited, deleted or inserted record is named (exit 1)");
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            await using var services = context.OpenServices();
            var result = await services.GetRequiredService<VerifyAudit>().VerifyAsync(cancel);
            if (context.Console.Json)
                context.Console.WriteJson(AuditVerifyJson.From(result));
            else
            {
                context.Console.Stdout.WriteLine(result.Intact
                    ? $"audit intact: {result.Chained} decision(s) and {result.NarrationsChained} narration(s) chained{Before(result)}"
                    : $"audit broken: {result.Problems.Count} problem(s) in {result.Chained} chained decision(s) and {result.NarrationsChained} narration(s)");
                foreach (var problem in result.Problems) context.Console.Stdout.WriteLine($"  {TerminalText.Plain(problem)}");
            }
            return result.Intact ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    private static string Before(AuditVerification result) =>
        result.BeforeChain + result.NarrationsBeforeChain > 0 ? $", {result.BeforeChain + result.NarrationsBeforeChain} from before the chain (not verifiable)" : "";

    private static Command CreateList(CommandContextFactory contexts)
    {
        var from = new Option<string?>("--from") { Description = "First decided day, yyyy-mm-dd" };
        var to = new Option<string?>("--to") { Description = "Last decided day, yyyy-mm-dd" };
        var limit = new Option<int>("--limit") { Description = $"At most this many records, newest first (default {DefaultLimit})", DefaultValueFactory = _ => DefaultLimit };
        var command = new Command("list", "List audit records, newest first") { from, to, limit };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var first = parse.GetValue(from) is { } f ? EntryText.ParseDate(f, "--from") : (DateOnly?)null;
            var last = parse.GetValue(to) is { } t ? EntryText.ParseDate(t, "--to") : (DateOnly?)null;
            if (parse.GetValue(limit) is < 1 or > 100_000) throw new CliInputException($"--limit {parse.GetValue(limit)}: expected 1 to 100000");
            if (first > last) throw new CliInputException($"--from {first:yyyy-MM-dd}: after --to {last:yyyy-MM-dd}");
            await using var services = context.OpenServices();
            var records = await services.GetRequiredService<IDecisionAuditStore>().ListAsync(first, last, parse.GetValue(limit), cancel);
            var json = records.Select(AuditSummaryJson.From).ToArray();
            if (context.Console.Json) context.Console.WriteJson(new AuditListJson(json.Length, json));
            else RenderList(context.Console.Ansi, json);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateShow(CommandContextFactory contexts)
    {
        var id = new Argument<string>("id") { Description = "The audit id (see `coach audit list`)" };
        var command = new Command("show", "Show one audit record: inputs, every guardrail, the call and the narrative") { id };
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var auditId = ParseId(parse.GetValue(id));
            await using var services = context.OpenServices();
            var record = await services.GetRequiredService<ShowDecision>().GetAsync(auditId, cancel)
                ?? throw new Application.Errors.NotFoundException($"audit id {auditId}: no such decision (see `coach audit list`)");
            if (context.Console.Json) context.Console.WriteJson(AuditRecordJson.From(record));
            else RenderShow(context.Console.Ansi, record);
            return ExitCodes.Success;
        });
        return command;
    }

    public static long ParseId(string? text) =>
        long.TryParse((text ?? "").Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0
            ? id : throw new CliInputException($"audit id '{text}': expected a positive whole number");

    private static void RenderList(IAnsiConsole console, IReadOnlyList<AuditSummaryJson> records)
    {
        var table = new Table().AddColumns("Id", "Day", "Decided at (UTC)", "Call", "Engine", "Settings");
        foreach (var r in records)
            table.AddRow(r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), TerminalText.Cell(r.DecidedFor), r.CreatedAtUtc.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                TerminalText.Cell(r.Recommendation), TerminalText.Cell(r.EngineVersion), TerminalText.Cell(r.SettingsHash.Length > 12 ? r.SettingsHash[..12] : r.SettingsHash));
        console.Write(table);
    }

    private static void RenderShow(IAnsiConsole console, DecisionAuditRecord record)
    {
        console.MarkupLineInterpolated($"[bold]Audit {record.Id}: {record.DecidedFor:yyyy-MM-dd} → {record.Recommendation}[/]");
        console.MarkupLineInterpolated($"Decided at {record.CreatedAtUtc:yyyy-MM-dd HH:mm:ss} UTC by {record.EngineVersion}, settings {record.SettingsHash}");
        var overrides = DecisionJson.ReadSettings(record.SettingsJson).Overrides;
        console.MarkupLineInterpolated($"Overrides: {(overrides.Count == 0 ? "none" : string.Join(", ", overrides.Select(p => $"{p.Key} = {p.Value}")))}");
        DecisionView.RenderSnapshot(console, DecisionJson.ReadSnapshot(record.SnapshotJson));
        DecisionView.RenderOutcomes(console, DecisionJson.ReadOutcomes(record.OutcomesJson).Select(GuardrailOutcomeJson.From));
        console.MarkupLineInterpolated($"Narrative ({record.NarrativeSource}): {record.Narrative}");
    }
}
