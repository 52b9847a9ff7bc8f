using System.CommandLine;
using HybridCoach.Application.Manual;
using HybridCoach.Application.Performance;
using HybridCoach.Cli.Output;
using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;
using Spectre.Console;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach predict --distance 5k --time 20:00 [--units km|mi]`: VDOT, equivalent race times (VDOT and Riegel), training
/// paces. Pure arithmetic on the given result: it reads no history, so the global --date is accepted and changes nothing.
/// </summary>
public static class PredictCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var distance = new Option<string>("--distance") { Description = "Race distance: 5k, 10k, half, marathon, 1500m, 3000m, 6.2mi", Required = true };
        var time = new Option<string>("--time") { Description = "Finishing time: 20:00, 1:29:45", Required = true };
        var units = new Option<string>("--units") { Description = "km or mi for paces", DefaultValueFactory = _ => "km" };
        var exponent = new Option<double>("--riegel-exponent") { Description = "Riegel's fatigue exponent", DefaultValueFactory = _ => Riegel.DefaultExponent };
        var command = new Command("predict", "VDOT from a race result, equivalent times at other distances, and training paces") { distance, time, units, exponent };
        command.SetAction(parse =>
        {
            var context = contexts.Create(parse);
            var unit = parse.GetValue(units) switch
            {
                "km" => DistanceUnit.Kilometers,
                "mi" => DistanceUnit.Miles,
                var other => throw new CliInputException($"--units '{other}': expected km or mi"),
            };
            var report = PredictRaces.From(DistanceText.Parse(parse.GetValue(distance)!), DurationText.Parse(parse.GetValue(time)!, "--time"), parse.GetValue(exponent));
            if (context.Console.Json) context.Console.WriteJson(PredictionJson.From(report));
            else Render(context.Console.Ansi, report, unit);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, RacePredictionReport report, DistanceUnit unit)
    {
        console.MarkupLineInterpolated($"{Format.Km(report.Distance)} in {Format.Time(report.Time)}: [bold]VDOT {report.Vdot:0.0}[/]");
        var table = new Table().Title("Equivalent race times").AddColumns("Distance", "VDOT time", "VDOT pace", "Riegel time", "Riegel pace");
        foreach (var group in report.Predictions.GroupBy(p => p.Distance))
        {
            var vdot = group.First(p => p.Method == PredictionMethod.Vdot);
            var riegel = group.First(p => p.Method == PredictionMethod.Riegel);
            table.AddRow(group.Key.Name, Format.Time(vdot.Time), vdot.Pace.ToString(unit), Format.Time(riegel.Time), riegel.Pace.ToString(unit));
        }
        console.Write(table);
        var p = report.Paces;
        var paces = new Table().Title("Training paces (Daniels)").AddColumns("Easy", "Marathon", "Threshold", "Interval", "Repetition");
        paces.AddRow($"{p.EasyFast.ToString(unit)} – {p.EasySlow.ToString(unit)}", p.Marathon.ToString(unit), p.Threshold.ToString(unit), p.Interval.ToString(unit), p.Repetition.ToString(unit));
        console.Write(paces);
    }
}
