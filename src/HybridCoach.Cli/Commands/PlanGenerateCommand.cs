using System.CommandLine;
using System.Globalization;
using HybridCoach.Application.Manual;
using HybridCoach.Application.Plans;
using HybridCoach.Cli.Output;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach plan generate`: builds the three variants from the profile, history and race calendar as of --date,
/// validates them and stores them as a new plan version; prints the feasibility verdict, the variants side by
/// side and the active variant's first microcycle.
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

        public IEnumerable<Option> All => [Variant, CycleDays, Start, Race, RunnerType, TargetTime, Strength, Equipment, Percentages];
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
            var set = await services.GetRequiredService<GeneratePlans>().GenerateAsync(request, cancel);
            var comparisons = set.Variants.Select(v => VariantComparison.Of(v, v.Variant == set.ActiveVariant)).ToList();
            if (context.Console.Json) context.Console.WriteJson(ToJson(set, comparisons));
            else Render(context.Console.Ansi, set, comparisons);
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

    private static PlanGenerateJson ToJson(PlanSet set, IReadOnlyList<VariantComparison> comparisons)
    {
        var request = set.Request;
        var units = request.Units;
        return new PlanGenerateJson(set.Version, set.ActiveVariant.ToId(), RecoverySignalsJson.DateText(request.Start), request.CycleDays,
            request.RunnerType.ToId(), units.ToString().ToLowerInvariant(), PlanRaceJson.From(request.GoalRace),
            [.. request.OtherRaces.Select(PlanRaceJson.From)], PlanFitnessJson.From(request.Fitness), FeasibilityJson.From(set.Active.Plan.Feasibility),
            [.. comparisons.Select(PlanVariantSummaryJson.From)], MicrocycleJson.From(set.Active.Plan.Microcycles[0], units));
    }

    private static void Render(IAnsiConsole console, PlanSet set, IReadOnlyList<VariantComparison> comparisons)
    {
        var request = set.Request;
        var fitness = request.Fitness;
        console.MarkupLineInterpolated($"[bold]Plan version {set.Version}[/] for {request.GoalRace.Name} on {request.GoalRace.Date:yyyy-MM-dd} · runner type {request.RunnerType.ToId()} · from {request.Start:yyyy-MM-dd}, {request.CycleDays}-day microcycles");
        console.MarkupLineInterpolated($"Now: {Formats.Calendar.PrescriptionFormat.Distance(fitness.WeeklyDistanceM, request.Units)}/week, longest run {Formats.Calendar.PrescriptionFormat.Distance(fitness.LongestRunM, request.Units)}, threshold {fitness.ThresholdPace.ToString(request.Units)}{(fitness.Vdot is { } v ? $", VDOT {v:0.0}" : "")}");
        console.MarkupLineInterpolated($"{set.Active.Plan.Feasibility.Verdict}");
        PlanView.RenderVariants(console, comparisons, request.Units, curves: false);
        foreach (var variant in set.Variants.Where(v => v.Violations.Count > 0))
        {
            console.MarkupLineInterpolated($"{variant.Variant.ToId()}: {variant.Violations.Count} violation(s)");
            PlanView.RenderViolations(console, variant.Violations);
        }
        console.MarkupLineInterpolated($"Active variant: {set.ActiveVariant.ToId()} — first microcycle:");
        PlanView.RenderMicrocycle(console, set.Active.Plan.Microcycles[0], request.Units);
    }
}
