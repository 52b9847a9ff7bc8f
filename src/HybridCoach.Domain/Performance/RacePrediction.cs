using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Performance;

/// <summary>One predicted race time: one distance, one method.</summary>
public sealed record RacePrediction(RaceDistance Distance, PredictionMethod Method, Duration Time)
{
    public Pace Pace => new(Time.Seconds / Distance.Distance.Kilometers);
}
