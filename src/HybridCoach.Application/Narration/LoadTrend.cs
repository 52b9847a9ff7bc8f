namespace HybridCoach.Application.Narration;

/// <summary>The load picture across the week: chronic load (fitness) at its start and end, and the acute:chronic ratio and form at its end.</summary>
public sealed record LoadTrend(double ChronicLoadStart, double ChronicLoadEnd, double? AcwrEnd, double FormEnd);
