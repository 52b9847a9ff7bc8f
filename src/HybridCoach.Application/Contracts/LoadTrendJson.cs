using HybridCoach.Application.Narration;

namespace HybridCoach.Application.Contracts;

/// <summary>Chronic load as the week starts and on its last day; the rolling coupled ACWR and form on its last day.</summary>
public sealed record LoadTrendJson(double ChronicLoadStart, double ChronicLoadEnd, double? AcwrEnd, double FormEnd)
{
    public static LoadTrendJson From(LoadTrend l) => new(l.ChronicLoadStart, l.ChronicLoadEnd, l.AcwrEnd, l.FormEnd);
}
