using System.Globalization;
using HybridCoach.Domain.Planning.Envelope;
using HybridCoach.Testing;

namespace HybridCoach.Domain.Tests.Planning.Envelope;

/// <summary>One row of the envelope table in docs/plan-envelope.md, read from the doc itself (between its envelope markers).</summary>
internal sealed record PublishedEnvelopeRow(RaceDistanceClass Race, VolumeLevel Level, (double Min, double Max) PeakFactor,
    (double Min, double Max) LongestKm, double ThresholdKm, int AtLeast, (double Min, double Max) PeakWeeks, (double Min, double Max) TaperDays)
{
    public static IReadOnlyList<PublishedEnvelopeRow> All { get; } = Read();

    public static PublishedEnvelopeRow For(RaceDistanceClass race, VolumeLevel level) => All.Single(r => r.Race == race && r.Level == level);

    private static List<PublishedEnvelopeRow> Read()
    {
        var text = File.ReadAllText(RepositoryRoot.File("docs", "plan-envelope.md"));
        var start = text.IndexOf("<!-- envelope:start -->", StringComparison.Ordinal);
        var end = text.IndexOf("<!-- envelope:end -->", StringComparison.Ordinal);
        return [.. text[start..end].Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("| ", StringComparison.Ordinal))
            .Skip(1).Select(Parse)];
    }

    private static PublishedEnvelopeRow Parse(string line)
    {
        var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
        var race = cells[0] switch { "marathon" => RaceDistanceClass.Marathon, "half" => RaceDistanceClass.Half, "10k" => RaceDistanceClass.TenK, _ => RaceDistanceClass.FiveK };
        var level = Enum.Parse<VolumeLevel>(cells[1], ignoreCase: true);
        return new(race, level, Range(cells[2]), Range(cells[3]), Number(cells[4]), (int)Number(cells[5]), Range(cells[6]), Range(cells[7]));
    }

    private static (double, double) Range(string cell)
    {
        var parts = cell.Split('–');
        return (Number(parts[0]), Number(parts[1]));
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
