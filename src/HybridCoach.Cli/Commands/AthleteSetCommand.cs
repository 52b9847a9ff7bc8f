using System.CommandLine;
using HybridCoach.Application.Athletes;
using HybridCoach.Application.Manual;
using HybridCoach.Domain.Units;
using Microsoft.Extensions.DependencyInjection;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// `coach athlete set [--name] [--birth-year] [--sex] [--weight] [--max-hr] [--resting-hr] [--lthr]
/// [--threshold-pace 4:30] [--units km|mi] [--available-days mon,tue] [--long-run-day sun] [--clear-days fri]
/// [--training-age 5] [--time-zone Europe/Paris]`: changes only the values given.
/// </summary>
public static class AthleteSetCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var o = new SetOptions();
        var command = new Command("set", "Create or change the athlete's profile (only the values given change)");
        foreach (var option in o.All) command.Add(option);
        command.SetAction((parse, cancel) => RunAsync(contexts.Create(parse), o.Read(parse), cancel));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, Func<DistanceUnit, AthleteProfileChanges> changes, CancellationToken cancel)
    {
        await using var services = context.OpenServices();
        var current = await services.GetRequiredService<IAthleteStore>().GetProfileAsync(cancel);
        var profile = await services.GetRequiredService<UpdateAthleteProfile>().SetAsync(changes(current?.Units ?? DistanceUnit.Kilometers), cancel);
        AthleteCommand.Write(context, profile);
        return ExitCodes.Success;
    }

    private sealed class SetOptions
    {
        private readonly Option<string?> _name = new("--name") { Description = "The athlete's name" };
        private readonly Option<string?> _birthYear = new("--birth-year") { Description = "e.g. 1988" };
        private readonly Option<string?> _sex = new("--sex") { Description = "female or male (selects the TRIMP coefficients)" };
        private readonly Option<string?> _weight = new("--weight") { Description = "Body weight, kg" };
        private readonly Option<string?> _maxHr = new("--max-hr") { Description = "Maximum heart rate, bpm" };
        private readonly Option<string?> _restingHr = new("--resting-hr") { Description = "Resting heart rate, bpm" };
        private readonly Option<string?> _lthr = new("--lthr") { Description = "Lactate-threshold heart rate, bpm" };
        private readonly Option<string?> _thresholdPace = new("--threshold-pace") { Description = "Threshold pace per --units, e.g. 4:30" };
        private readonly Option<string?> _units = new("--units") { Description = "km or mi" };
        private readonly Option<string?> _availableDays = new("--available-days") { Description = "Days available to train, e.g. mon,tue,thu,sat,sun" };
        private readonly Option<string?> _longRunDay = new("--long-run-day") { Description = "Preferred long-run day, e.g. sun" };
        private readonly Option<string?> _clearDays = new("--clear-days") { Description = "Days kept clear of training, e.g. fri (none to clear)" };
        private readonly Option<string?> _trainingAge = new("--training-age") { Description = "Years of structured training" };
        private readonly Option<string?> _timeZone = new("--time-zone") { Description = "IANA time zone that decides the athlete's today in the web app, e.g. Europe/Paris" };

        public Option[] All => [_name, _birthYear, _sex, _weight, _maxHr, _restingHr, _lthr, _thresholdPace, _units, _availableDays, _longRunDay, _clearDays, _trainingAge, _timeZone];

        /// <summary>Parses every given option now (so input errors come first); the pace is read in the units in force.</summary>
        public Func<DistanceUnit, AthleteProfileChanges> Read(ParseResult parse)
        {
            var units = Parse(parse, _units, t => AthleteText.ParseUnits(t));
            var pace = Parse(parse, _thresholdPace, t => DurationText.Parse(t, "--threshold-pace").Seconds);
            var changes = new AthleteProfileChanges(
                parse.GetValue(_name),
                Parse(parse, _birthYear, t => AthleteText.ParseInt(t, "--birth-year")),
                Parse(parse, _sex, t => AthleteText.ParseSex(t)),
                Parse(parse, _weight, t => AthleteText.ParseNumber(t, "--weight")),
                Parse(parse, _maxHr, t => AthleteText.ParseInt(t, "--max-hr")),
                Parse(parse, _restingHr, t => AthleteText.ParseInt(t, "--resting-hr")),
                Parse(parse, _lthr, t => AthleteText.ParseInt(t, "--lthr")),
                null,
                Parse(parse, _trainingAge, t => AthleteText.ParseInt(t, "--training-age")),
                parse.GetValue(_availableDays) is { } a ? AthleteText.ParseDays(a, "--available-days") : null,
                Parse(parse, _longRunDay, t => AthleteText.ParseDay(t, "--long-run-day")),
                parse.GetValue(_clearDays) is { } c ? AthleteText.ParseDays(c, "--clear-days") : null,
                units) { TimeZone = parse.GetValue(_timeZone) is { } zone ? AthleteTimeZone.Require(zone, "--time-zone") : null };
            return currentUnits => changes with { ThresholdPaceSPerKm = pace is { } s ? PerKilometer(s, units ?? currentUnits) : null };
        }

        private static double PerKilometer(double secondsPerUnit, DistanceUnit unit) =>
            unit == DistanceUnit.Miles ? Pace.FromSecondsPerMile(secondsPerUnit).SecondsPerKilometer : secondsPerUnit;

        private static T? Parse<T>(ParseResult parse, Option<string?> option, Func<string, T> read) where T : struct =>
            parse.GetValue(option) is { } text ? read(text) : null;
    }
}
