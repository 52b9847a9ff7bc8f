using System.CommandLine;
using System.Globalization;
using HybridCoach.Application.Coaching;
using HybridCoach.Application.Manual;
using HybridCoach.Application.Plans;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach plan generate`: builds the three variants from the profile, history and race calendar as of --date,
/// validates them and stores them as a new plan version — or, when it replaces a plan and the oversight policy says
/// so, holds it for the coach (`--by` when the coach runs it); prints the route, the feasibility verdict, the variants
/// side by side, the active variant's first microcycle and what it carried from the plan it replaces.
/// </summary>
public static class PlanGenerateCommand
{
    private sealed class Options
    {
        public readonly Option<string?> Variant = PlanCommand.VariantOption("The variant to make active: conservative, moderate (default) or aggressive");
        public readonly Option<string?> CycleDays = new("--cycle-days") { Description = "Microcycle length in days, 7 (default) to 14; 9 gives a workout-easy-easy rhythm" };
        public readonly Option<string?> Start = new("--start") { Description = "First day of the plan, yyyy-mm-dd (default: the day after --date)" };
        public readonly Option<string?> Race = new("--race") { Description = "Goal race id from `coach race list` (default: the next A race)" };
        public readonly Option<string?> RunnerType = new("--runner-type") { Description = "beginner, 5k-10k, marathoner, masters, comeback or multi-race (default: from the profile and races)" };
        public readonly Option<string?> TargetTime = new("--target-time") { Description = "Goal time h:mm:ss (checked against current fitness)" };
        public readonly Option<bool> Strength = new("--strength") { Description = "Add strength & conditioning sessions" };
        public readonly Option<string?> Equipment = new("--equipment") { Description = "Strength equipment, comma-separated: bodyweight, dumbbells, kettlebell, barbell, band, gym" };
        public readonly Option<bool> Percentages = new("--race-pace-percentages") { Description = "Express final-phase work as percentages of goal race pace" };

        public readonly Option<string?> By = new("--by") { Description = "The coach running it: a plan that replaces one is then the coach's decision, not held for approval" };

        public IEnumerable<Option> All => [Variant, CycleDays, Start, Race, RunnerType, TargetTime, Strength, Equipment, Percentages, By];
    }

    public static Command Create(CommandContextFactory contexts)
    {
        var options = new Options();
        var command = new Command("generate", "Generate the three variants for the goal race and store them as a new plan version");
        foreach (var option in options.All) command.Add(option);
        command.SetAction(async (parse, cancel) =>
        {
            var context = contexts.Create(parse);
            var request = Read(parse, options, context.AsOf);
            await using var services = context.OpenServices();
            var outcome = await services.GetRequiredService<RegeneratePlan>().RunAsync(request, parse.GetValue(options.By), cancel);
            var comparisons = outcome.Set.Variants.Select(v => VariantComparison.Of(v, outcome.Set.Request, v.Variant == outcome.Set.ActiveVariant)).ToList();
            if (context.Console.Json) context.Console.WriteJson(ToJson(outcome, comparisons));
            else Render(context.Console.Ansi, outcome, comparisons);
            return ExitCodes.Success;
        });
        return command;
    }

    private static PlanOptions Read(ParseResult parse, Options o, DateOnly asOf)
    {
        var equipment = parse.GetValue(o.Equipment);
        var strength = parse.GetValue(o.Strength);
        if (equipment is not null && !strength) throw new CliInputException("--equipment: only with --strength");
        return new PlanOptions(asOf,
            parse.GetValue(o.Start) is { } start ? EntryText.ParseDate(start, "--start") : null,
            parse.GetValue(o.CycleDays) is { } days ? Whole(days, "--cycle-days") : null,
            parse.GetValue(o.Race) is { } race ? Whole(race, "--race") : null,
            parse.GetValue(o.RunnerType) is { } type ? PlanIds.ParseRunnerType(type) : null,
            parse.GetValue(o.TargetTime) is { } time ? DurationText.Parse(time, "--target-time") : null,
            strength, PlanIds.ParseEquipment(equipment), parse.GetValue(o.Percentages), PlanCommand.ParseVariant(parse.GetValue(o.Variant)));
    }

    private static int Whole(string text, string inputName) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
            : throw new CliInputException($"{inputName} '{text}': expected a whole number");

    private static PlanGenerateJson ToJson(RegenerationOutcome outcome, IReadOnlyList<VariantComparison> comparisons)
    {
        var set = outcome.Set;
        var request = set.Request;
        var units = request.Units;
        return new PlanGenerateJson(outcome.ProposalId is null ? set.Version : null,
            outcome.Decision is { } d ? CoachingIds.RouteId(d.Route) : null, outcome.Decision?.RuleId,
            outcome.ProposalId is { } p ? CoachingIds.Proposal(p) : null, set.ActiveVariant.ToId(), RecoverySignalsJson.DateText(request.Start), request.CycleDays,
            request.RunnerType.ToId(), units.ToString().ToLowerInvariant(), PlanRaceJson.From(request.GoalRace),
            [.. request.OtherRaces.Select(PlanRaceJson.From)], PlanFitnessJson.From(request.Fitness), FeasibilityJson.From(set.Active.Plan.Feasibility),
            [.. comparisons.Select(PlanVariantSummaryJson.From)], MicrocycleJson.From(set.Active.Plan.Microcycles[0], units),
            [.. outcome.Carried.Select(c => RecoverySignalsJson.DateText(c.Date))], outcome.NotCarried, [.. outcome.CarriedRaces.Select(PlanRaceJson.From)],
            ThresholdWarningJson.From(outcome.ThresholdWarning, units));
    }

    private static void Render(IAnsiConsole console, RegenerationOutcome outcome, IReadOnlyList<VariantComparison> comparisons)
    {
        var set = outcome.Set;
        var request = set.Request;
        var fitness = request.Fitness;
        var what = outcome.ProposalId is { } p ? $"New plan held for the coach as proposal {CoachingIds.Proposal(p)}" : $"Plan version {set.Version}";
        console.MarkupLineInterpolated($"[bold]{what}[/] for {request.GoalRace.Name} on {request.GoalRace.Date:yyyy-MM-dd} · runner type {request.RunnerType.ToId()} · from {request.Start:yyyy-MM-dd}, {request.CycleDays}-day microcycles");
        console.MarkupLineInterpolated($"Now: {Formats.Calendar.PrescriptionFormat.Distance(fitness.WeeklyDistanceM, request.Units)}/week, longest run {Formats.Calendar.PrescriptionFormat.Distance(fitness.LongestRunM, request.Units)}, threshold {fitness.ThresholdPace.ToString(request.Units)}{(fitness.Vdot is { } v ? $", VDOT {v:0.0}" : "")}");
        ThresholdWarningView.Render(console, outcome.ThresholdWarning, request.Units);
        console.MarkupLineInterpolated($"{set.Active.Plan.Feasibility.Verdict}");
        PlanView.RenderVariants(console, comparisons, request.Units, curves: false);
        PlanView.RenderHardTruths(console, comparisons);
        foreach (var variant in set.Variants.Where(v => v.Violations.Count > 0))
        {
            console.MarkupLineInterpolated($"{variant.Variant.ToId()}: {variant.Violations.Count} violation(s)");
            PlanView.RenderViolations(console, variant.Violations);
        }
        console.MarkupLineInterpolated($"Active variant: {set.ActiveVariant.ToId()} — first microcycle:");
        PlanView.RenderMicrocycle(console, set.Active.Plan.Microcycles[0], request.Units);
        RenderOversight(console, outcome);
    }

    private static void RenderOversight(IAnsiConsole console, RegenerationOutcome outcome)
    {
        if (outcome.Decision is { } d)
            console.MarkupLineInterpolated($"Oversight: {CoachingIds.RouteId(d.Route)} ({d.RuleId}: {d.Reason})");
        if (outcome.ProposalId is { } p)
            console.MarkupLineInterpolated($"The current plan stays in force until the coach decides: `coach approve {CoachingIds.Proposal(p)}` or `coach reject {CoachingIds.Proposal(p)} --reason …`.");
        foreach (var race in outcome.CarriedRaces)
            console.MarkupLineInterpolated($"Kept from the plan it replaces: {race.Name} on {race.Date:yyyy-MM-dd} ({race.Priority})");
        foreach (var day in outcome.Carried)
            console.MarkupLineInterpolated($"Kept the coach's locked day {day.Date:yyyy-MM-dd}: {(day.After is { } kept ? HybridCoach.Domain.Planning.SessionTypeIds.ToId(kept.Type) : "rest")}");
        foreach (var line in outcome.NotCarried)
            console.MarkupLineInterpolated($"Could not keep the coach's locked day {line}");
    }
}
