namespace HybridCoach.Application.Plans;

/// <summary>
/// The three plan variants on one chart: the projected days (Unix seconds at midnight UTC, the variants share the
/// plan's dates) with each variant's projected chronic load and ACWR, in the order of <see cref="Variants"/>
/// (conservative, moderate, aggressive). Values are rounded for the page (0.1 load, 0.01 ratio).
/// </summary>
public sealed record VariantChartSeries(long[] DayUnixS, string[] Variants, double?[][] ChronicLoad, double?[][] Acwr)
{
    public static VariantChartSeries From(IReadOnlyList<VariantComparison> variants)
    {
        ArgumentNullException.ThrowIfNull(variants);
        var days = variants.Count == 0 ? [] : variants[0].ProjectedDays.Select(d => d.Date).ToArray();
        var byDay = variants.Select(v => v.ProjectedDays.ToDictionary(d => d.Date)).ToArray();
        return new VariantChartSeries(
            [.. days.Select(d => new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds())],
            [.. variants.Select(v => v.Variant.ToId())],
            [.. byDay.Select(v => days.Select(d => v.TryGetValue(d, out var p) ? Math.Round(p.ChronicLoad, 1) : (double?)null).ToArray())],
            [.. byDay.Select(v => days.Select(d => v.TryGetValue(d, out var p) && p.Acwr is { } r ? Math.Round(r, 2) : (double?)null).ToArray())]);
    }
}
