using System.CommandLine;
using HybridCoach.Application.Manual;
using HybridCoach.Application.Metrics;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Units;

namespace HybridCoach.Cli.Commands;

/// <summary>
/// The options of `coach metrics` and their parsing into a <see cref="MetricsRequest"/>. Physiology options
/// override the athlete profile's values. Every error names the option.
/// </summary>
public sealed class MetricsOptions
{
    public Option<string?> From { get; } = new("--from") { Description = "First day shown, yyyy-mm-dd (default: 28 days ending on --to)" };
    public Option<string?> To { get; } = new("--to") { Description = "Last day shown, yyyy-mm-dd (default: --date)" };
    public Option<string?> Load { get; } = new("--load") { Description = "Load measure: duration, distance, srpe, trimp or rss (default: best available)" };
    public Option<string?> ThresholdPace { get; } = new("--threshold-pace") { Description = "Threshold pace per km, e.g. 4:30" };
    public Option<string?> Lthr { get; } = new("--lthr") { Description = "Lactate-threshold heart rate, bpm" };
    public Option<string?> MaxHr { get; } = new("--max-hr") { Description = "Maximum heart rate, bpm" };
    public Option<string?> RestingHr { get; } = new("--resting-hr") { Description = "Resting heart rate, bpm" };
    public Option<string?> Sex { get; } = new("--sex") { Description = "male or female (TRIMP coefficients; default male)" };

    public IEnumerable<Option> All => [From, To, Load, ThresholdPace, Lthr, MaxHr, RestingHr, Sex];

    public MetricsRequest Parse(ParseResult parse, DateOnly asOf)
    {
        var from = parse.GetValue(From) is { } f ? EntryText.ParseDate(f, "--from") : (DateOnly?)null;
        var to = parse.GetValue(To) is { } t ? EntryText.ParseDate(t, "--to") : (DateOnly?)null;
        var request = new MetricsRequest(LoadProfile.Empty, asOf, from, to, parse.GetValue(Load) is { } l ? ParseMeasure(l) : null);
        if (request.RangeEnd > asOf)
            throw new CliInputException($"--to '{request.RangeEnd:yyyy-MM-dd}': after the as-of date {asOf:yyyy-MM-dd} (--date); nothing after it is known");
        if (request.RangeStart > request.RangeEnd)
            throw new CliInputException($"--from '{request.RangeStart:yyyy-MM-dd}': after the last day shown, {request.RangeEnd:yyyy-MM-dd}");
        return request;
    }

    /// <summary>The physiology given as options; the athlete profile fills in the rest.</summary>
    public LoadProfileOverrides ParseOverrides(ParseResult parse) => new(
        HeartRateOrNull(parse, RestingHr, "--resting-hr"),
        HeartRateOrNull(parse, MaxHr, "--max-hr"),
        HeartRateOrNull(parse, Lthr, "--lthr"),
        parse.GetValue(ThresholdPace) is { } p ? new Pace(DurationText.Parse(p, "--threshold-pace").Seconds) : null,
        parse.GetValue(Sex) is { } s ? ParseSex(s) : null);

    private static HeartRate? HeartRateOrNull(ParseResult parse, Option<string?> option, string name) =>
        parse.GetValue(option) is { } text ? EntryText.ParseHeartRate(text, name) : null;

    private static TrimpCoefficients ParseSex(string text) => text.Trim().ToLowerInvariant() switch
    {
        "male" or "m" => TrimpCoefficients.Men,
        "female" or "f" => TrimpCoefficients.Women,
        _ => throw new CliInputException($"--sex '{text}': expected male or female"),
    };

    private static LoadMeasure ParseMeasure(string text)
    {
        try
        {
            return LoadMeasureIds.Parse(text);
        }
        catch (ArgumentException)
        {
            throw new CliInputException($"--load '{text}': expected duration, distance, srpe, trimp or rss");
        }
    }
}
