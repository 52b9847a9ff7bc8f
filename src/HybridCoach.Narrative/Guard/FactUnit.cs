namespace HybridCoach.Narrative.Guard;

/// <summary>The dimension of a figure, so "5 km" can match 5000 m but never 5 min.</summary>
public enum FactUnit
{
    /// <summary>A count, score, ratio or any figure without a unit.</summary>
    Plain,
    Metres,
    Seconds,
    SecondsPerKm,
    Percent,
    Bpm,
}
