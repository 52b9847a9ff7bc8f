namespace HybridCoach.Domain.Activities;

/// <summary>The values a sample channel can physically hold, with the unit and the source of the limits.</summary>
public sealed record SampleRange(SampleChannel Channel, string Name, double Min, double Max, string Unit)
{
    public bool Holds(double value) => value >= Min && value <= Max;
}
